#!/usr/bin/env python3
"""Regenerate the stopword table of the language guess for Latin, Cyrillic
and Arabic-script text (src/lib/text_lang.c includes it): the word list below, each word's
language mask and an open-addressing FNV-1a index. Rewrites the text between
the 'BEGIN GENERATED STOPWORDS' and 'END GENERATED STOPWORDS' markers of
src/lib/text_lang_stopwords.h.
usage: scripts/gen-stopwords.py [src/lib/text_lang_stopwords.h], then
clang-format -i that file (the header in git is this output once formatted)"""
import sys

# Latin script first (text_lang.c picks among L_EN..L_TL for Latin text),
# then Cyrillic (L_RU..L_SR) and Arabic script (L_AR..L_UR); the order is
# the order of the L_* enum and of the mask bits.
LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'vi', 'id', 'tr', 'sw', 'jv',
         'cs', 'sk', 'sv', 'da', 'nb', 'fi', 'ro', 'hu', 'hr', 'tl', 'hi',
         'ru', 'uk', 'bg', 'sr', 'ar', 'fa', 'ur']
# The session 5 languages (cs .. tl) avoid the words of the older ones
# ("a", "je", "na", "se", "to", "de", "en", "om", "ale", "para", ...): a
# shared word would dilute the older languages' evidence and change their
# guesses; the few shared on purpose ("a", "na", "to", "je", "on", "men",
# ...) were checked to change no development answer (docs/lexicons.md).
# main() lists every such overlap on stderr.
OLD = LANGS[:13]
MAXLEN = 24  # bytes; text_lang.c STOP_MAXLEN
WORDS = {
    'en': "the and is are to of that this it you i with for not can be have what or but as "
          "on my your an will would there they which about how if do don't i'm can't here "
          "was were has should could these those we me from by at am been had does did so "
          "than then some any all their them his her our just also very because men hindi",
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
          "da su tra ed voi",
    'nl': "de het een en van is dat niet ik je te op met voor zijn er die maar ook kan om "
          "als bij wat u wordt naar dit deze geen we hebben worden zich kunnen spijt mijn "
          "jij hij zij ons onze heb heeft was waren nog al omdat helaas moet nu af",
    'pl': "i w nie na się z do to że jest jak o co ale po tak za od czy jestem mogę ten ta "
          "są dla być może przez tylko jego mi ja by już tego lub przykro mój moje moim "
          "moimi ponieważ gdy bardzo niestety muszę aby",
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
    'cs': "že jsem jsou není nemohu nemůžu bohužel omlouvám mrzí líto tímto tento tato toto "
          "tohle být bylo který která které nebo když protože mohu můžete vám vás mě jste "
          "také velmi jsme už tím něco však aby potom mám máte můžu nemám tady zde všechny "
          "na to je",
    'sk': "že som sú nemôžem bohužiaľ ľutujem prepáčte ako alebo keď pretože môžem môžete "
          "vám vás ste tento toto tohto tým ktorý ktorá ktoré byť bolo veľmi len tiež už "
          "pre ak niečo nič však aby potom mám máte môže nemám ďakujem všetky sme mimo sa "
          "pri na to je",
    'sv': "och att det är som på för med jag inte har av till vad hur också mycket eller "
          "tyvärr hjälpa göra ingen inga någon något sig dig mig vi så när från efter utan "
          "bara här vill ska skulle kunna finns detta dessa kanske ledsen ursäkta ett inget "
          "får dock eftersom måste sedan bör hos vara blir ut din men nej vid",
    'da': "og det som på med jeg ikke har af til hvad hvordan også meget eller desværre "
          "hjælpe gøre ingen noget nogen sig dig mig vi så når fra efter uden bare vil skal "
          "skulle kunne findes dette disse måske beklager undskyld ked er hvis ud være "
          "bliver denne din mange nogle andre anden derefter sådan hvorfor selv "
          "selvfølgelig både men nej ved begge",
    'nb': "og det som på med jeg ikke har av til hva hvordan også mye eller dessverre "
          "hjelpe gjøre ingen noe noen seg deg meg vi så når fra etter uten bare vil skal "
          "skulle kunne finnes dette disse kanskje beklager unnskyld veldig ikkje mer er "
          "hvis ut være blir bli denne din ditt mange andre deretter slik hvorfor selv "
          "selvfølgelig både gjerne takk gi enn men ved å begge",
    'fi': "että ei voi olen ole mutta tämä tässä tätä tähän kanssa myös kuin niin jos sitä "
          "mitä ovat oli voin pysty valitettavasti pahoillani anteeksi minä sinä hän minun "
          "sinun teidän jotka joka mikä hyvin siitä koska vaan mukaan kaikki jotain mitään "
          "näin nyt eli siis joten kuitenkin voidaan olla sinulla minulla jo vielä sitten "
          "ja on",
    'ro': "și şi nu pe cu să că dar pentru acest această aceasta asta din pot poate putem "
          "îmi imi pare rău rau păcate pacate ajut vă mă lor foarte fost îți doar dacă daca "
          "despre sunt ca iată cea ești unde când dintre fără avea aveți vreau poți puteți "
          "orice acesta acestea aceste lucru mulțumesc mulţumesc ajuta",
    'hu': "az és hogy nem egy ez azt vagy meg csak már mint még sem nagyon sajnálom sajnos "
          "tudok tudom segíteni ezt ezzel erre arra nincs lehet kell minden amit aki volt "
          "lesz vagyok ön önnek neked nekem itt íme kérem elnézést úgy így ahol amikor mert "
          "vannak tudsz szeretnék köszönöm segíthetek pedig között után olyan ilyen mindig "
          "azonban valamint illetve ezért azért össze ott kérlek a",
    'hr': "nažalost mogu žao ali ovo ovaj ova smo ste što kako nije nisam može možete biti "
          "bi koji koja koje samo već vrlo jer kada zato također neću ću će ćete ako evo "
          "naravno kao još sve prema treba trebate imate imam možemo hvala molim tako kad "
          "gdje zašto nešto ništa li bilo zatim odmah nakon prije dok tim ovog ove čemu "
          "izvinite pa iz pri na to je i u",
    'tl': "ang ng mga ay hindi ko ako ka mo siya niya ito iyan iyon kung ba din rin namin "
          "natin tayo kayo ninyo nila sila paumanhin pasensya ipagpaumanhin maaari magagawa "
          "kaya dahil kasi mayroon wala narito heto salamat talaga lamang naman sa",
    # s13-mla: romanised Hindi (Hinglish; Devanagari is told by its script):
    # no word of another language ("main mein par ke ki ka ko se ye hai ho
    # jab agar wala mera mere hum" are left out), so English keeps its answers
    'hi': "nahi nahin nhi mujhe mujhse aap aapka aapki aapke aapko yeh kya kaise kyunki "
          "isliye lekin hoon hain sakta sakti sakte karna karein kijiye chahiye chahta "
          "chahti bataiye madad bahut accha acha toh bhi tumhe tumhara tumhari raha rahi "
          "rahe kuch aur abhi sirf bilkul zaroor haan humein liye karke hota hoti hote "
          "gaya gayi tha thi",
    # Cyrillic: Russian is the default; Ukrainian, Bulgarian and Serbian need
    # their own words (and letters, text_lang.c letter_hint) to win
    'ru': "это что не на и в я с по как но он она они мы вы вас вам мне меня был была было "
          "быть или если так же уже для только может могу чтобы этот эта эти к сожалению "
          "извините простите который которые также очень нет есть при то конечно вот",
    'uk': "це що не на і й в у я з як але він вона вони ми ви вас вам мені мене був була "
          "було бути або якщо так вже для тільки може можу щоб цей ця ці жаль вибачте "
          "перепрошую який які також дуже немає є при",
    'bg': "това че не на и в аз с по като но той тя те ние вие вас ви ми мен беше бъде "
          "или ако така вече за само може мога да се е са съм сме сте ще от съжаление "
          "съжалявам извинете който които също много няма има нещо как си при след според",
    'sr': "то што не на и у ја са по као али он она они ми ви вас вам мени мене био била "
          "било бити или ако тако већ за само може могу да се је су сам смо сте ће од "
          "нажалост извините жао који које такође веома нема има нешто си при",
    # Arabic script: Arabic is the default; both hamza spellings are listed
    # (the normaliser writes أ إ آ as ا)
    'ar': "في من على إلى الى أن ان لا هذا هذه ما التي الذي عن مع لكن أنا انا يمكنني "
          "أستطيع استطيع عذرا آسف اسف هو هي كان قد ذلك أو او لم كل بعض إذا اذا يمكن به و",
    'fa': "است این را می که از به با در برای من نمی نمیتوانم متاسفم متأسفم ها یک و هم "
          "اما یا شما نیست هست بود کنم کنید آن ان توانم باید خود",
    'ur': "ہے کے میں نہیں کی کا اور سے کو یہ کہ آپ ہوں ہیں معذرت لیکن مجھے کر سکتا "
          "سکتی پر بھی ہم وہ تھا تھی گا گی",
}
# s17-lang: more function words, pronoun forms, modal verbs and question
# words for the session 5 languages, so that a short answer, a first
# sentence or a prompt (a dozen words) holds one word of its own language;
# again no word of an older language (main() lists the overlaps)
WORDS_S17 = {
    'cs': "kterém kterých díky jeho kde kdy proč v nepomohu pomohu pomoci rád ráda raději radši nechci chci kterou kterého "
          "kterým jsi bych bychom byste pouze ještě proto tedy například další "
          "každý všechno vše mně tebe tobě váš vaše vaši svůj své svou děkuji prosím "
          "tomu toho kolik smím máš myslíš udělat napiš",
    'sk': "ktorom ktorej ktorých vďaka napíš jeho čo prečo kde kedy nie v radšej nechcem chcem neviem ktorú ktorého ktorým ktorí ešte teda lebo "
          "preto napríklad ďalšie každý všetko všetci iba pomôcť pomôžem pomôžeme "
          "odporúčam prosím áno tomu toho bude budem budete bol bola boli "
          "aký aká aké koľko máš rád povedz",
    'sv': "skriv om kan inte jag vilken vilket vilka varför där kommer gärna tyvärr "
          "ditt dina mina hennes deras våra vår oss honom "
          "henne något alltid aldrig redan ännu även bättre",
    'da': "skriv om kan ikke jeg hvilken hvilket hvilke hvor kommer "
          "hendes hans deres vores jer ham hende altid aldrig "
          "allerede stadig også endnu godt lige giv",
    'nb': "skriv om kan ikke jeg hvilken hvilket hvilke hvor kommer gjerne ditt "
          "hennes hans deres vår våre dere oss ham henne alltid "
          "aldri allerede fortsatt ennå godt liker",
    'fi': "auta autan autat autaa apua voin voit voisin voitko voinko pysty pystyn "
          "ota kantaa saa saat saako sinua sinulle minua minulle häntä hänen "
          "heitä heidän meidän teidän nämä noin täällä siellä missä miten miksi "
          "kuinka mikään kukaan ketään mieluummin tehdä teen kiitos tämän "
          "tästä siihen niitä olet olette olemme oletko onko emme eivät kyllä "
          "ehkä esimerkiksi kuten ettei jotta vaikka ennen jälkeen aina paljon "
          "siksi sillä lisäksi ainoastaan täytyy pitää kannata kirjoita kerro",
    'ro': "este astfel ea mea tău său acum aici acolo totuși totusi "
          "însă insa deoarece cine unui unei unor niciun nicio niciunui nimic "
          "ceva cineva mereu există trebuie ajutor doresc aș iar nici "
          "niciodată împotriva între asupra prin spre către după până decât "
          "sunteți suntem scrie",
    'hu': "én ők nekünk velem veled hogyan miért sőt tehát viszont "
          "inkább szerint helyett nélkül mellett legalább lenne lehetne tudnék "
          "tudna tudunk tudja segítek segítség szívesen persze sok "
          "semmi semmit valami valamit mindent ezek azok ennek annak ebben "
          "abban ebből abból akkor amely amelyek akik egyik másik hány "
          "melyik tudod tegyek szerinted",
    'hr': "njegov njegova njegovu njegovo njezin njen njena njihov njihova ne bih bismo biste radije svoj svom svog svoje svoju tvoj tvoja vaš "
          "vaše vašem vašeg neku nekog neke nikako ovdje ovde mnogo "
          "veoma uvijek uvek ipak međutim stoga zbog jedan jedna jedno mislim "
          "mogao mogla mogli pomoći pomoci pomognem želim zelim trebam trebao "
          "trebala nemam nemoj nemojte hoću hocu necu nisi nismo nisu budem "
          "bude nista nesto kojim kojem kojoj čega šta gde kakav kakva ovim "
          "ovom tome toga meni tebi njega njemu njih njima nama vama vam "
          "koliko napiši reci",
    'tl': "kong kang mong niyang siyang itong iyong ninyong diyan "
          "doon ngayon huwag wag nang nito kaysa upang sapagkat "
          "tungkol ayon bawat lahat isang ating aming inyong kanila kanyang "
          "kaniyang iyo atin amin inyo kanya daw yata pala kapag "
          "habang walang mayroong meron maaaring puwede pwede agad "
          "matulungan makatulong paano bakit",
    'jv': "matur nuwun sewu dheweke apa oleh lagi kepiye ning neng dak kudu nganggo gawe dhewe dewe awakmu "
          "sliramu piro pira endi ngendi sapa durung isih "
          "kepengin mergo merga lho tho sithik sitik sak menyang "
          "marang nganti mengko saiki sesuk wingi kae apik",
    'bg': "му бих бихме бихте нито нищо някой някои всичко всички тук сега "
          "защото затова въпреки обаче чрез към във със "
          "ги моля благодаря искам трябва един една "
          "едно какво кой коя кое кои къде кога защо колко тази този тези "
          "нея тях вашия вашата моята ето пиша помогна имаш "
          "можеш",
    'sr': "такве такав таква такво његов његова његову њен њена њихов одмах ово ова овај овде зашто шта нисам није нису ниси нисмо бих "
          "бисмо бисте радије ипак међутим због према између свој "
          "свом свог своје молим хвала помоћи помогнем могао "
          "желим можеш ћу ћеш ево како",
}
SLOTS = 4096


def fnv(b):
    h = 2166136261
    for c in b:
        h = ((h ^ c) * 16777619) & 0xffffffff
    return h


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'src/lib/text_lang_stopwords.h'
    tab = {}
    for i, l in enumerate(LANGS):
        for w in (WORDS[l] + ' ' + WORDS_S17.get(l, '')).split():
            tab[w] = tab.get(w, 0) | (1 << i)
    items = sorted(tab.items(), key=lambda kv: kv[0].encode())
    for w, _ in items:
        assert len(w.encode()) <= MAXLEN, w
    for w, m in items:
        old = [l for i, l in enumerate(LANGS) if m >> i & 1 and l in OLD]
        new = [l for i, l in enumerate(LANGS) if m >> i & 1 and l not in OLD]
        if old and new:
            print('note: %r is a word of %s and %s' % (w, ' '.join(old), ' '.join(new)),
                  file=sys.stderr)
    slots = [-1] * SLOTS
    for i, (w, _) in enumerate(items):
        h = fnv(w.encode()) & (SLOTS - 1)
        while slots[h] != -1:
            h = (h + 1) & (SLOTS - 1)
        slots[h] = i
    out = ["/* BEGIN GENERATED STOPWORDS (scripts/gen-stopwords.py; do not edit) */",
           "static const stopword k_stopwords[] = {"]
    out += ['    {"%s", 0x%xu},' % (w, m) for w, m in items]
    out += ["};", "", "#define STOP_SLOTS %d" % SLOTS,
            "static const int16_t k_stop_slots[STOP_SLOTS] = {"]
    for i in range(0, SLOTS, 16):
        out.append("    " + ", ".join(str(x) for x in slots[i:i + 16]) + ",")
    out += ["};", ""]
    # the lead filter: for a word whose first two bytes are ASCII, bit n of
    # entry (b0 & 0x1F) << 5 | (b1 & 0x1F) (b1 = 0 for a one-byte word) is
    # set when a stopword of n bytes starts with those two bytes lower-cased
    # (lower-casing keeps the low five bits of an ASCII byte)
    lead = [0] * 1024
    for w, _ in items:
        b = w.encode()
        if b[0] < 0x80 and (len(b) < 2 or b[1] < 0x80):
            lead[(b[0] & 0x1F) << 5 | ((b[1] if len(b) > 1 else 0) & 0x1F)] |= 1 << len(b)
    out += ["static const uint32_t k_stop_lead[1024] = {"]
    for i in range(0, 1024, 8):
        out.append("    " + ", ".join("0x%xu" % x for x in lead[i:i + 8]) + ",")
    out += ["};", "/* END GENERATED STOPWORDS */"]
    src = open(path, encoding='utf-8').read()
    a = src.index("/* BEGIN GENERATED STOPWORDS")
    b = src.index("/* END GENERATED STOPWORDS */") + len("/* END GENERATED STOPWORDS */")
    open(path, 'w', encoding='utf-8').write(src[:a] + "\n".join(out) + src[b:])


if __name__ == '__main__':
    main()
