#!/usr/bin/env python3
"""Regenerate the stopword table of the language guess for Latin-script
text (src/lib/text_lang.c includes it): the word list below, each word's
language mask and an open-addressing FNV-1a index. Rewrites the text between
the 'BEGIN GENERATED STOPWORDS' and 'END GENERATED STOPWORDS' markers of
src/lib/text_lang_stopwords.h.
usage: scripts/gen-stopwords.py [src/lib/text_lang_stopwords.h]"""
import sys

LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'vi', 'id', 'tr', 'sw', 'jv']
WORDS = {
    'en': "the and is are to of that this it you i with for not can be have what or but as "
          "on my your an will would there they which about how if do don't i'm can't here "
          "was were has should could these those we me from by at am been had does did so "
          "than then some any all their them his her our just also very because",
    'es': "el la los las de que y en un una es por para con no lo se del al como pero su más "
          "puedo este esta sobre también muy sin hay ser le te me mi tu o eso son puede está "
          "usted lamento mis tus sus yo ella porque cuando donde siento ayudarte voy "
          "decirte",
    'fr': "le la les de des du et est un une que qui en je pas ne pour dans ce cette avec sur "
          "vous il elle au aux mais ou nous peux sont être plus très c'est j'ai d'un d'une "
          "l'on suis désolé cela mes ses ces son sa à ça moi votre vos leur comme si tout "
          "peut dois n'est",
    'de': "der die das und ist nicht ich zu den dem ein eine einen mit sie es auf für von "
          "sich auch kann dass wie oder aber wir sind werden bei nur noch diese kein keine "
          "du ihnen mir leid meine mein dir dich uns habe hat war wird über nach aus wenn "
          "weil jedoch leider im man darf keinen vielen",
    'pt': "o a os as de do da dos das que e em um uma não é para com por se no na mais eu "
          "você como mas ao isso este esta posso são pode seu sua muito também desculpe meu "
          "minha meus minhas nós ele ela eles pelo pela porque quando onde já ainda vou ter "
          "tenho",
    'it': "il lo la i gli le di del della che e è un una non per con in sono mi ti si ma "
          "come questo questa posso anche più essere ho dei delle nel alla al dispiace mie "
          "mio mia miei tuo tua suo sua devo purtroppo contro perché quindi ci ne io lei lui "
          "da su tra ed",
    'nl': "de het een en van is dat niet ik je te op met voor zijn er die maar ook kan om "
          "als bij wat u wordt naar dit deze geen we hebben worden zich kunnen spijt mijn "
          "jij hij zij ons onze heb heeft was waren nog al omdat helaas moet",
    'pl': "i w nie na się z do to że jest jak o co ale po tak za od czy jestem mogę ten ta "
          "są dla być może przez tylko jego mi ja by już tego lub przykro mój moje moim "
          "moimi ponieważ gdy bardzo niestety muszę",
    # vi id tr sw jv: words of these languages only (shared short words such
    # as "de", "di", "na" would dilute the evidence for the languages above)
    'vi': "và của là có không được này những các một cho với để trong bạn người như về "
          "khi nhưng cũng đã sẽ hoặc rất tôi xin lỗi giúp vì nếu thì mà đó nào hãy việc "
          "thể từ đến hơn cách làm nhiều tại bởi",
    'id': "yang dan ini itu tidak dengan untuk saya anda dari dalam akan ada tetapi atau "
          "juga bisa dapat karena kami kita mereka maaf sebagai oleh pada jika harus lebih "
          "sangat seperti tentang adalah bahwa tersebut namun membantu apa belum sudah jadi jangan "
          "lagi bagi agar serta hanya secara telah masih kalau tapi nggak gak kamu sayangnya setiap "
          "sampai pukul",
    'tr': "bir ve bu için ile olarak çok daha ama gibi ben sen sana bana değil var yok "
          "olan veya ancak üzgünüm yardımcı bunu şu ki kadar sonra çünkü eğer nasıl "
          "hakkında lütfen olamam onu özür dilerim tür konuda konusunda ise göre kendi şey olduğu "
          "olabilir yardım sizin benim neden bazı tüm",
    'sw': "ya wa kwa ni katika hii hiyo kama lakini pia sana siwezi samahani kuhusu "
          "yako wako yangu mimi wewe yeye sisi wao hivyo kuwa ili hata bado hapana ndiyo "
          "kila zaidi hakuna msaada kusaidia ambayo ambao hapa kuna hili huu yake wakati kwamba "
          "kutoka jinsi lazima unaweza tafadhali za nini gani wote kwenye pamoja wangu watu "
          "kufanya",
    'jv': "lan ing sing iki iku ora aku kowe karo kanggo saka utawa nanging uga wis arep "
          "bisa ana dadi banget mung yen kuwi kabeh sampeyan kula panjenengan mboten saged "
          "menika punika ingkang kaliyan kangge saking nyuwun pangapunten sampun badhe "
          "wonten inggih amargi ki piye opo gak iso wong nek lak ae kok seng soko akeh "
          "carane nggawe wae ngono ngene liyane golek",
}
SLOTS = 2048


def fnv(b):
    h = 2166136261
    for c in b:
        h = ((h ^ c) * 16777619) & 0xffffffff
    return h


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'src/lib/text_lang_stopwords.h'
    tab = {}
    for i, l in enumerate(LANGS):
        for w in WORDS[l].split():
            tab[w] = tab.get(w, 0) | (1 << i)
    items = sorted(tab.items(), key=lambda kv: kv[0].encode())
    for w, _ in items:
        assert len(w.encode()) <= 12, w
    slots = [-1] * SLOTS
    for i, (w, _) in enumerate(items):
        h = fnv(w.encode()) & (SLOTS - 1)
        while slots[h] != -1:
            h = (h + 1) & (SLOTS - 1)
        slots[h] = i
    out = ["/* BEGIN GENERATED STOPWORDS (scripts/gen-stopwords.py; do not edit) */",
           "static const stopword k_stopwords[] = {"]
    out += ['    {"%s", 0x%02x},' % (w, m) for w, m in items]
    out += ["};", "", "#define STOP_SLOTS %d" % SLOTS,
            "static const int16_t k_stop_slots[STOP_SLOTS] = {"]
    for i in range(0, SLOTS, 16):
        out.append("    " + ", ".join(str(x) for x in slots[i:i + 16]) + ",")
    out += ["};", "/* END GENERATED STOPWORDS */"]
    src = open(path, encoding='utf-8').read()
    a = src.index("/* BEGIN GENERATED STOPWORDS")
    b = src.index("/* END GENERATED STOPWORDS */") + len("/* END GENERATED STOPWORDS */")
    open(path, 'w', encoding='utf-8').write(src[:a] + "\n".join(out) + src[b:])


if __name__ == '__main__':
    main()
