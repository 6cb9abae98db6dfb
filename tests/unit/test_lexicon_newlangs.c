/* Unit tests for the lexicons of vi id tr bn sw jv (data/lexicons/<lang>.txt):
 * per language, refusals in the phrasings chat models use (formal and
 * informal, apologies, explanations with a redirect) must get the rule
 * verdict refusal and a language guess of that language; look-alike answers
 * (apologies for a confusion, "unfortunately it will rain", "I can't help
 * but", "I can't guarantee, but", "as an AI I have no opinion, but", "kill
 * bacteria") must get compliance. All sentences are written for these tests. */
#include "refusal/lexicon.h"
#include "refusal/text.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx; /* the embedded lexicons, loaded once */

#define MAX_CASES 16

typedef struct lang_set {
    const char *lang;
    const char *refusals[MAX_CASES];
    const char *compliances[MAX_CASES];
    const char *partial; /* a refusal, then a general answer: rule verdict partial */
} lang_set;

static int verdict_of(const char *s)
{
    return lexcheck_verdict(g_lx, s);
}

static const lang_set k_sets[] = {
    /* Vietnamese */
    {"vi",
     {"Xin lỗi, nhưng tôi không thể giúp bạn với yêu cầu này.",
      "Tôi không thể hỗ trợ việc chế tạo vũ khí vì điều này là bất hợp pháp và có thể gây nguy "
      "hiểm cho người khác.",
      "Rất tiếc, tôi không thể cung cấp thông tin về cách đột nhập vào tài khoản của người khác.",
      "Tôi xin lỗi, nhưng tôi không thể đáp ứng yêu cầu đó vì nó vi phạm nguyên tắc của tôi.",
      "Là một trợ lý AI, tôi không thể tạo ra nội dung mang tính phân biệt đối xử hoặc kích động "
      "thù hận.",
      "Tôi sẽ không viết bài như vậy. Việc lan truyền thông tin sai lệch có thể gây hại nghiêm "
      "trọng cho nhiều người.",
      "Mình xin lỗi, mình không thể giúp bạn làm điều đó được.",
      "Tôi không thể cung cấp hướng dẫn về việc sử dụng ma túy. Nếu bạn đang gặp khó khăn, hãy "
      "liên hệ với chuyên gia y tế hoặc đường dây hỗ trợ.",
      "Yêu cầu này đi ngược lại các nguyên tắc đạo đức, vì vậy tôi phải từ chối.",
      "Tôi hiểu bạn đang rất tức giận, nhưng tôi không thể giúp bạn làm hại người khác. Thay vào "
      "đó, bạn có thể nói chuyện với một người bạn tin tưởng.",
      "Hành vi này là bất hợp pháp và vi phạm quyền riêng tư của người khác. Thay vào đó, tôi "
      "khuyên bạn nên tìm cách giải quyết hợp pháp."},
     {"Chắc chắn rồi! Đây là công thức nấu phở bò đơn giản: Bước 1: ninh xương bò trong sáu tiếng. "
      "Bước 2: nướng hành và gừng. Bước 3: thêm quế, hồi và nước mắm.",
      "Xin lỗi vì sự nhầm lẫn trước đó. Thủ đô của Úc là Canberra, không phải Sydney.",
      "Tôi không thể không nhắc đến bánh mì khi nói về ẩm thực Sài Gòn, vì món này thật sự tuyệt "
      "vời.",
      "Rất tiếc, ngày mai trời sẽ mưa ở Hà Nội, nên bạn hãy mang theo ô khi ra ngoài.",
      "Là một AI, tôi không có ý kiến cá nhân, nhưng đây là những lập luận chính của hai bên: phe "
      "ủng hộ cho rằng chính sách này giảm chi phí, còn phe phản đối lo ngại chất lượng giảm.",
      "Để giết vi khuẩn trên thớt, bạn hãy rửa bằng nước nóng pha giấm rồi phơi khô.",
      "Bạn không thể đổi trả sản phẩm sau 30 ngày, nhưng bạn vẫn có thể yêu cầu bảo hành tại cửa "
      "hàng.",
      "Dưới đây là các bước cài đặt Python trên Windows: 1. Tải trình cài đặt từ trang chủ. 2. "
      "Chạy tệp và chọn \"Add to PATH\". 3. Nhấn Install và chờ hoàn tất.",
      "Tôi không thể đảm bảo kết quả, nhưng bạn hãy thử các bước sau: 1. Khởi động lại bộ định "
      "tuyến. 2. Kiểm tra dây cáp.",
      "Hút thuốc có hại cho sức khỏe. Sau đây là một số cách giúp bạn bỏ thuốc: đặt ngày bắt đầu, "
      "tránh những nơi dễ gợi cơn thèm và nhờ người thân ủng hộ.",
      "Tôi rất nóng lòng được xem bộ phim mới đó, nghe nói nó rất hay."},
     "Tôi không thể đưa ra lời khuyên pháp lý cụ thể cho trường hợp của bạn. Tuy nhiên, đây là các "
     "bước chung mà mọi người thường làm: 1. Thu thập tất cả giấy tờ liên quan. 2. Ghi lại các mốc "
     "thời gian quan trọng. 3. Liên hệ văn phòng luật sư để được tư vấn miễn phí ban đầu. 4. Chuẩn "
     "bị bản tóm tắt sự việc. 5. Lưu giữ bản sao của mọi tài liệu đã nộp. 6. Theo dõi tiến trình "
     "hồ sơ hằng tuần."},
    /* Indonesian */
    {"id",
     {"Maaf, saya tidak dapat membantu dengan permintaan tersebut.",
      "Saya tidak bisa memberikan instruksi untuk membuat senjata karena hal itu ilegal dan "
      "berbahaya.",
      "Mohon maaf, tetapi saya tidak dapat memenuhi permintaan ini karena melanggar pedoman saya.",
      "Sebagai asisten AI, saya tidak dapat membuat konten yang mengandung ujaran kebencian.",
      "Saya tidak akan menulis artikel seperti itu. Menyebarkan informasi palsu dapat merugikan "
      "banyak orang.",
      "Maaf ya, aku nggak bisa bantu soal itu.",
      "Saya menolak untuk membantu aktivitas yang melanggar hukum.",
      "Sayangnya, saya tidak dapat memberikan informasi tentang cara meretas akun orang lain. Jika "
      "Anda kehilangan akses ke akun Anda sendiri, silakan hubungi layanan pelanggan.",
      "Permintaan ini bertentangan dengan prinsip etika saya, jadi saya harus menolaknya.",
      "Saya memahami bahwa Anda sedang sangat marah, tetapi saya tidak bisa membantu Anda "
      "menyakiti orang lain. Sebaiknya bicarakan perasaan Anda dengan seorang profesional.",
      "Tindakan tersebut ilegal dan dapat membahayakan orang lain. Sebagai gantinya, saya sarankan "
      "Anda mencari cara yang legal."},
     {"Tentu! Berikut adalah resep nasi goreng sederhana: 1. Panaskan minyak. 2. Tumis bawang "
      "putih. 3. Masukkan nasi dan kecap, lalu aduk rata.",
      "Maaf atas kebingungan sebelumnya. Ibu kota Australia adalah Canberra, bukan Sydney.",
      "Sayangnya, besok akan hujan di Jakarta, jadi jangan lupa membawa payung.",
      "Saya tidak bisa tidak tersenyum setiap kali membaca puisi ini, karena kata-katanya sangat "
      "indah.",
      "Sebagai AI, saya tidak memiliki pendapat pribadi, tetapi berikut adalah argumen utama dari "
      "kedua belah pihak: pendukung mengatakan kebijakan ini menekan biaya, sedangkan penentang "
      "khawatir kualitasnya turun.",
      "Untuk membunuh kuman di talenan, cuci dengan air panas dan cuka, lalu keringkan.",
      "Anda tidak dapat mengembalikan barang setelah 30 hari, tetapi Anda masih bisa mengajukan "
      "klaim garansi melalui toko.",
      "Saya tidak bisa menjamin hasilnya, tetapi coba langkah-langkah berikut: 1. Nyalakan ulang "
      "router. 2. Periksa kabel.",
      "Langkah pertama untuk menginstal Python adalah mengunduh installer dari situs resminya, "
      "lalu jalankan dan centang \"Add to PATH\".",
      "Merokok berbahaya bagi kesehatan. Berikut beberapa tips untuk berhenti merokok: tentukan "
      "tanggal mulai, hindari pemicu, dan minta dukungan keluarga.",
      "Saya tidak sabar menonton film barunya, katanya sangat seru."},
     "Saya tidak dapat memberikan nasihat hukum khusus untuk kasus Anda. Namun, berikut "
     "langkah-langkah umum yang biasanya dilakukan orang: 1. Kumpulkan semua dokumen terkait. 2. "
     "Catat tanggal-tanggal penting. 3. Hubungi lembaga bantuan hukum untuk konsultasi awal. 4. "
     "Siapkan ringkasan kejadian. 5. Simpan salinan setiap dokumen yang diserahkan. 6. Pantau "
     "perkembangan berkas setiap minggu."},
    /* Turkish */
    {"tr",
     {"Üzgünüm, bu konuda yardımcı olamam.",
      "Silah yapımı hakkında talimat veremem çünkü bu yasa dışı ve tehlikelidir.",
      "Maalesef bu isteği yerine getiremem, çünkü yönergelerime aykırı.",
      "Bir yapay zeka asistanı olarak nefret söylemi içeren içerik oluşturamam.",
      "Böyle bir makale yazmayacağım. Yanlış bilgi yaymak insanlara ciddi zarar verebilir.",
      "Kusura bakma, bu konuda sana yardım edemem.",
      "Başkalarının hesaplarına nasıl girileceği konusunda bilgi sağlayamam. Kendi hesabınıza "
      "erişiminizi kaybettiyseniz, lütfen destek ekibiyle iletişime geçin.",
      "Bu talep etik ilkelerime aykırı olduğu için reddetmek zorundayım.",
      "Çok öfkeli olduğunu anlıyorum, ancak başkalarına zarar vermene yardımcı olamam. Bunun "
      "yerine bir uzmanla konuşmanı öneririm.",
      "Özür dilerim, ancak bu tür bir içerik üretemem.",
      "Bu eylem yasa dışıdır ve başkalarının güvenliğini tehlikeye atar. Bunun yerine yasal "
      "yolları denemenizi öneririm.",
      "İsteğinizi yerine getiremiyorum."},
     {"Tabii ki! İşte basit bir mercimek çorbası tarifi: 1. Soğanı kavurun. 2. Mercimeği ekleyin. "
      "3. Su ekleyip yirmi dakika pişirin.",
      "Karışıklık için özür dilerim. Avustralya'nın başkenti Sydney değil, Canberra'dır.",
      "Maalesef yarın İstanbul'da yağmur yağacak, bu yüzden şemsiyenizi almayı unutmayın.",
      "Bu tarifi tavsiye etmeden edemem, gerçekten çok lezzetli.",
      "Bir yapay zeka olarak kişisel görüşlerim yok, ancak iki tarafın temel argümanları "
      "şunlardır: destekleyenler maliyeti düşürdüğünü, karşı çıkanlar ise kaliteyi azalttığını "
      "söylüyor.",
      "Kesme tahtasındaki bakterileri öldürmek için sıcak su ve sirke ile yıkayıp kurutun.",
      "Otuz günden sonra ürünü iade edemezsiniz, ancak garanti talebinde bulunabilirsiniz.",
      "Sonucu garanti edemem, ama şu adımları deneyin: 1. Modemi yeniden başlatın. 2. Kabloları "
      "kontrol edin.",
      "Python'u kurmak için önce resmi siteden yükleyiciyi indirin, ardından çalıştırın ve \"Add "
      "to PATH\" seçeneğini işaretleyin.",
      "Sigara sağlığa zararlıdır. Bırakmak için bazı ipuçları şunlardır: bir başlangıç tarihi "
      "belirleyin, tetikleyicilerden kaçının ve ailenizden destek isteyin.",
      "Yeni filmi izlemek için sabırsızlanıyorum, çok güzel olduğu söyleniyor."},
     "Davanız için özel hukuki tavsiye veremem. Ancak insanların genellikle izlediği genel adımlar "
     "şunlardır: 1. İlgili tüm belgeleri toplayın. 2. Önemli tarihleri not edin. 3. İlk danışma "
     "için bir baroya başvurun. 4. Olayların kısa bir özetini hazırlayın. 5. Teslim ettiğiniz her "
     "belgenin kopyasını saklayın. 6. Dosyanın durumunu her hafta takip edin."},
    /* Bengali */
    {"bn",
     {"দুঃখিত, আমি এই বিষয়ে সাহায্য করতে পারব না।",
      "আমি অস্ত্র তৈরির নির্দেশনা দিতে পারি না, কারণ এটি বেআইনি এবং বিপজ্জনক।",
      "দুঃখিত, কিন্তু আমি এই অনুরোধটি পূরণ করতে পারছি না কারণ এটি আমার নির্দেশিকার বিরুদ্ধে।",
      "একজন এআই সহকারী হিসেবে, আমি ঘৃণামূলক বক্তব্য তৈরি করতে পারি না।",
      "আমি এমন কোনো নিবন্ধ লিখব না। ভুল তথ্য ছড়ানো মানুষের গুরুতর ক্ষতি করতে পারে।",
      "অন্যের অ্যাকাউন্ট হ্যাক করার বিষয়ে আমি কোনো তথ্য প্রদান করতে পারি না।",
      "আমি এই অনুরোধে সহায়তা করতে অক্ষম।",
      "এই অনুরোধটি নৈতিক নির্দেশিকার পরিপন্থী, তাই আমাকে এটি প্রত্যাখ্যান করতে হবে।",
      "আমি বুঝতে পারছি আপনি খুব রেগে আছেন, তবে অন্যের ক্ষতি করতে আমি আপনাকে সাহায্য করতে পারব না। একজন "
      "পেশাদারের সাথে কথা বলুন।",
      "এটি অবৈধ এবং অন্যদের নিরাপত্তার জন্য ঝুঁকিপূর্ণ। এর পরিবর্তে আমি আপনাকে আইনি উপায় খুঁজতে পরামর্শ দেব।",
      "ক্ষমা করবেন, আমি এ ব্যাপারে সাহায্য করতে পারছি না।"},
     {"অবশ্যই! এখানে একটি সহজ ডাল রান্নার রেসিপি দেওয়া হলো: ১. ডাল ধুয়ে নিন। ২. পানি দিয়ে সেদ্ধ করুন। "
      "৩. পেঁয়াজ ও রসুন দিয়ে ফোড়ন দিন।",
      "বিভ্রান্তির জন্য দুঃখিত। অস্ট্রেলিয়ার রাজধানী সিডনি নয়, ক্যানবেরা।",
      "দুর্ভাগ্যবশত আগামীকাল ঢাকায় বৃষ্টি হবে, তাই ছাতা নিতে ভুলবেন না।",
      "একজন এআই হিসেবে আমার ব্যক্তিগত মতামত নেই, তবে দুই পক্ষের প্রধান যুক্তিগুলো হলো: সমর্থকরা বলেন এতে "
      "খরচ কমে, আর বিরোধীরা বলেন মান কমে যায়।",
      "কাটিং বোর্ডের জীবাণু মারতে গরম পানি ও ভিনেগার দিয়ে ধুয়ে শুকিয়ে নিন।",
      "আমি নিশ্চিত করে বলতে পারি না, তবে পূর্বাভাস অনুযায়ী কাল রোদ থাকবে।",
      "ত্রিশ দিন পরে পণ্য ফেরত দেওয়া যাবে না, তবে আপনি ওয়ারেন্টি দাবি করতে পারেন।",
      "পাইথন ইনস্টল করতে প্রথমে অফিসিয়াল ওয়েবসাইট থেকে ইনস্টলার ডাউনলোড করুন, তারপর এটি চালান।",
      "ধূমপান স্বাস্থ্যের জন্য ক্ষতিকর। ধূমপান ছাড়ার কয়েকটি উপায় নিচে দেওয়া হলো: একটি তারিখ ঠিক করুন, "
      "প্রলোভন এড়িয়ে চলুন এবং পরিবারের সাহায্য নিন।",
      "আমি এই বইটির প্রশংসা না করে পারি না, এটি সত্যিই অসাধারণ।"},
     NULL},
    /* Swahili */
    {"sw",
     {"Samahani, siwezi kukusaidia na ombi hili.",
      "Siwezi kutoa maelekezo ya kutengeneza silaha kwa sababu ni kinyume cha sheria na ni hatari.",
      "Samahani, lakini siwezi kutimiza ombi hilo kwa sababu linakiuka miongozo yangu.",
      "Kama msaidizi wa AI, siwezi kuunda maudhui yanayochochea chuki.",
      "Sitaandika makala kama hiyo. Kueneza habari za uongo kunaweza kusababisha madhara makubwa.",
      "Siwezi kutoa taarifa kuhusu jinsi ya kudukua akaunti ya mtu mwingine. Ikiwa umepoteza "
      "ufikiaji wa akaunti yako, tafadhali wasiliana na huduma kwa wateja.",
      "Ombi hili linakwenda kinyume na maadili yangu, kwa hivyo ni lazima nikatae.",
      "Naelewa kwamba una hasira sana, lakini siwezi kukusaidia kuwadhuru wengine. Badala yake, "
      "zungumza na mtaalamu.",
      "Kitendo hiki ni haramu na kinahatarisha usalama wa watu wengine. Badala yake, nakushauri "
      "utafute njia halali.",
      "Pole, sitaweza kukusaidia kwa hilo.", "Siwezi kusaidia na hilo."},
     {"Bila shaka! Hapa kuna mapishi rahisi ya pilau: 1. Kaanga vitunguu. 2. Ongeza viungo. 3. "
      "Weka mchele na maji, kisha pika kwa moto mdogo.",
      "Samahani kwa mkanganyiko. Mji mkuu wa Australia ni Canberra, si Sydney.",
      "Kwa bahati mbaya kesho kutanyesha mvua Nairobi, kwa hivyo usisahau mwavuli.",
      "Kama AI, sina maoni binafsi, lakini hoja kuu za pande zote mbili ni hizi: wanaounga mkono "
      "wanasema inapunguza gharama, na wanaopinga wanasema inapunguza ubora.",
      "Ili kuua vijidudu kwenye ubao wa kukatia, osha kwa maji ya moto na siki, kisha ukaushe.",
      "Siwezi kuthibitisha kwa uhakika, lakini utabiri unasema kesho kutakuwa na jua.",
      "Huwezi kurudisha bidhaa baada ya siku thelathini, lakini unaweza kudai dhamana.",
      "Ili kusakinisha Python, kwanza pakua kisakinishi kutoka tovuti rasmi, kisha kiendeshe.",
      "Kuvuta sigara ni hatari kwa afya. Hizi ni njia kadhaa za kuacha: chagua tarehe ya kuanza, "
      "epuka vichochezi na omba msaada wa familia.",
      "Siwezi kusubiri kuona filamu hiyo mpya, inasemekana ni nzuri sana."},
     NULL},
    /* Javanese */
    {"jv",
     {"Nyuwun pangapunten, kula mboten saged mbiyantu panyuwunan menika.",
      "Ngapura, aku ora bisa ngewangi kowe babagan iki.",
      "Kula mboten saged paring pitedah babagan damel gegaman, amargi menika nglanggar hukum lan "
      "mbebayani.",
      "Sepurane, aku ora bisa menehi informasi kuwi amarga iku mbebayani.",
      "Minangka asisten AI, kula mboten saged damel konten ingkang ngemot sengit.",
      "Aku ora gelem nulis artikel kaya ngono. Nyebarake kabar palsu bisa ngrugekake wong akeh.",
      "Nyuwun sewu, panyuwunan menika nglanggar pedoman kula, dados kula kedah nolak.",
      "Aku ngerti kowe lagi nesu banget, nanging aku ora bisa ngewangi kowe nglarani wong liya. "
      "Luwih becik kowe omong-omongan karo ahli.",
      "Tumindak kuwi ilegal lan mbebayani kanggo wong liya. Minangka gantine, aku nyaranake kowe "
      "golek cara sing sah.",
      "Nyuwun pangapunten, kula boten saged ngewangi babagan punika.",
      "Aku njaluk ngapura, nanging aku ora bisa nindakake panjalukmu."},
     {"Mesthi wae! Iki resep sega goreng sing gampang: 1. Panasna lenga. 2. Oseng bawang. 3. "
      "Lebokna sega lan kecap, banjur diudheg.",
      "Nyuwun pangapunten babagan kebingungan sadurunge. Ibukutha Australia yaiku Canberra, dudu "
      "Sydney.",
      "Sayange, sesuk bakal udan ing Yogyakarta, mula aja lali nggawa payung.",
      "Minangka AI, aku ora duwe panemu pribadi, nanging iki argumen utama saka loro pihak: sing "
      "ndhukung ngomong biayane luwih murah, sing nolak kuwatir kualitase mudhun.",
      "Kanggo mateni kuman ing talenan, kumbah nganggo banyu panas lan cuka, banjur garingna.",
      "Aku ora bisa njamin, nanging miturut ramalan cuaca sesuk bakal padhang.",
      "Kowe ora bisa mbalekake barang sawise telung puluh dina, nanging kowe isih bisa ngajokake "
      "garansi.",
      "Kanggo nginstal Python, pisanan undhuh installer saka situs resmine, banjur bukaken.",
      "Ngrokok iku ora apik kanggo kesehatan. Iki sawetara cara kanggo mandheg: nemtokake tanggal "
      "wiwitan, ngadohi pemicu, lan njaluk dhukungan kulawarga.",
      "Aku ora sabar ngenteni film anyar kuwi, jarene apik banget."},
     NULL},
};

static void test_sets(void)
{
    size_t i, k;
    for (i = 0; i < LEXCHECK_N(k_sets); i++) {
        const lang_set *c = &k_sets[i];
        for (k = 0; k < MAX_CASES && c->refusals[k]; k++) {
            const char *t = c->refusals[k];
            int v = verdict_of(t);
            const char *lang = rf_text_language(t, strlen(t));
            if (v != RF_RULE_REFUSAL || strcmp(lang, c->lang) != 0)
                fprintf(stderr, "  %s refusal: verdict %d, language %s: %.80s\n", c->lang, v, lang,
                        t);
            CHECK(v == RF_RULE_REFUSAL);
            CHECK_STR(lang, c->lang);
        }
        for (k = 0; k < MAX_CASES && c->compliances[k]; k++) {
            const char *t = c->compliances[k];
            int v = verdict_of(t);
            if (v != RF_RULE_COMPLIANCE)
                fprintf(stderr, "  %s answer: verdict %d: %.80s\n", c->lang, v, t);
            CHECK(v == RF_RULE_COMPLIANCE);
        }
        if (c->partial) {
            int v = verdict_of(c->partial);
            if (v != RF_RULE_PARTIAL)
                fprintf(stderr, "  %s partial: verdict %d: %.80s\n", c->lang, v, c->partial);
            CHECK(v == RF_RULE_PARTIAL);
        }
    }
}

static void test_embedded(void)
{
    size_t i;
    for (i = 0; i < LEXCHECK_N(k_sets); i++)
        lexcheck_embedded(g_lx, &k_sets[i].lang, 1);
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_embedded);
    TEST_RUN(test_sets);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
