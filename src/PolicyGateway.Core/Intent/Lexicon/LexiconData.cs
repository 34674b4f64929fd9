namespace PolicyGateway.Intent.Lexicon;

/// <summary>
/// The multilingual lexicon, written by hand. Each line is one concept and a '|'-separated list of terms.
/// Terms are folded by <see cref="Normalization.CharFolder"/> when the matcher is built, so they may be written
/// with their natural diacritics. A term matches at the start of a word and may continue into the rest of the
/// word, which is how the stems ("identif", "reconoc", "распознава") cover inflections; a trailing '$' demands a
/// whole word. Terms in scripts written without spaces (CJK, kana, Thai) or with attached clitics (hangul, Arabic
/// and Persian) match anywhere, and there '$' demands only the end of a word; Hebrew terms also match after the
/// prefix letters ו ה ב כ ל מ ש. Vietnamese is folded to plain Latin letters, so its syllables are only written as
/// phrases or whole words. Each term names a concept in its language; a short stem that also starts unrelated words
/// of another language ("calle" in "called", "suç" in "such") is written as whole words instead.
/// </summary>
internal static class LexiconData
{
    public static readonly (Concept Concept, string Terms)[] Lines =
    [
        // ---------- faces ----------
        (Concept.Face, "face$|faces$|facial|headshot|head shot|mugshot|mug shot|selfie|"
            + "cara$|caras$|rostro|facial|"                        // es
            + "visage|"                                    // fr ("figure" is informal for face)
            + "gesicht|"                                           // de
            + "rosto$|rostos$|"                                             // pt
            + "volto|volti$|viso$|visi$|facciale|"                 // it
            + "gezicht|"                                           // nl
            + "twarz|twarzy|twarze|"                               // pl
            + "yüz$|yüzü|yüzün|yüzle|yüzler|"                      // tr
            + "лицо|лица$|лиц$|лицам|лицами|лицах|лицевой|лицевые|"  // ru
            + "وجه|وجوه|الوجه|"                                    // ar
            + "चेहरा|चेहरे|"                                       // hi
            + "人脸|脸|面部|面孔|容貌|"                              // zh
            + "顔|"                                                 // ja
            + "얼굴|"                                              // ko
            + "khuôn mặt|gương mặt|mặt người|"  // vi
            + "wajah|"  // id
            + "обличч|облич$|"  // uk
            + "ใบหน้า|"  // th
            + "چهره|"  // fa
            + "uso$|nyuso$|usoni$|"  // sw
            + "פנים|פרצוף|פרצופים|"  // he
            + "πρόσωπο$|πρόσωπα$|προσώπου$|προσώπων$|φάτσα|φάτσες|"  // el
            + "chipul$|chipuri$|chipurile$|"  // ro
            + "মুখ$|মুখের|মুখে$|মুখগুলো|মুখগুলি|মুখমণ্ডল|চেহারা"),  // bn

        (Concept.FrSystem, "facial recognition|face recognition|facial recogniser|face recogniser|facial recognizer|face recognizer|"
            + "facial identification|face identification|facial verification|face verification|face matching|face match|facial matching|"
            + "face id$|faceid|faceprint|face print|facial biometric|face biometric|biometric identification|biometric matching|"
            + "facerecognition|facialrecognition|facematch|facesearch|frt$|live fr$|lfr$|"
            + "facenet|arcface|insightface|deepface|face recognition library|dlib face|compreface|"
            + "searchfacesbyimage|search faces by image|indexfaces|index faces|clearview|pimeyes|facefirst|"
            + "reconocimiento facial|identificacion facial|verificacion facial|"
            + "reconnaissance faciale|identification faciale|"
            + "gesichtserkennung|gesichtsabgleich|gesichtsidentifikation|biometrische erkennung|"
            + "reconhecimento facial|identificacao facial|"
            + "riconoscimento facciale|identificazione facciale|"
            + "gezichtsherkenning|gezichtsvergelijking|"
            + "rozpoznawanie twarzy|rozpoznawania twarzy|rozpoznawaniem twarzy|identyfikacja twarzy|"
            + "yüz tanıma|yüz tanima|yüz eşleştirme|"
            + "распознавание лиц|распознавания лиц|распознаванием лиц|распознаванию лиц|идентификация по лицу|биометрическ|"
            + "التعرف على الوجه|التعرف على الوجوه|التعرف الوجهي|بصمة الوجه|"
            + "चेहरे की पहचान|चेहरा पहचान|फेशियल रिकग्निशन|"
            + "人脸识别|面部识别|人脸比对|刷脸|"
            + "顔認識|顔認証|顔照合|"
            + "얼굴 인식|얼굴인식|안면 인식|안면인식|얼굴 대조|"
            + "nhận diện khuôn mặt|nhận dạng khuôn mặt|nhận diện gương mặt|nhận diện mặt|nhận dạng mặt|so khớp khuôn mặt|xác thực khuôn mặt|"  // vi
            + "pengenalan wajah|identifikasi wajah|verifikasi wajah|pencocokan wajah|pengenal wajah|"  // id
            + "розпізнавання облич|розпізнавання обличчя|розпізнаванням облич|розпізнавання осіб|ідентифікація облич|ідентифікації облич|ідентифікація за обличчям|біометричн|"  // uk
            + "จดจำใบหน้า|รู้จำใบหน้า|ระบุใบหน้า|ยืนยันใบหน้า|สแกนใบหน้า|จับคู่ใบหน้า|"  // th
            + "تشخیص چهره|شناسایی چهره|بازشناسی چهره|تطبیق چهره|احراز هویت چهره|تشخیص هویت چهره|"  // fa
            + "utambuzi wa uso|utambuzi wa nyuso|kutambua nyuso|kutambua uso|kulinganisha nyuso|"  // sw
            + "זיהוי פנים|זיהוי הפנים|זיהוי פרצופים|אימות פנים|התאמת פנים|זיהוי ביומטרי|"  // he
            + "αναγνώριση προσώπ|αναγνώρισης προσώπ|ταυτοποίηση προσώπ|ταυτοποίησης προσώπ|βιομετρική ταυτοποίηση|επαλήθευση προσώπου|"  // el
            + "recunoaștere facială|recunoașterea facială|recunoașterii faciale|recunoaștere a feței|identificare facială|identificarea facială|verificare facială|"  // ro
            + "মুখ শনাক্তকরণ|মুখমণ্ডল শনাক্ত|চেহারা শনাক্ত|মুখাবয়ব শনাক্ত|মুখ চেনা|ফেসিয়াল রিকগনিশন|ফেস রিকগনিশন"),  // bn

        (Concept.FaceEmbedding, "probe image|probe photo|probe face|face embedding|facial embedding|face vector|face template|face encoding|face descriptor|face feature vector|"
            + "face search|face database|face gallery|face index|face db$|face lookup|face collection|searchface|search face|"
            + "lookup face|face encodings|compare faces|compare face|face comparison|face compare|"
            + "embedding of the face|embeddings of faces|embedding from the face|embeddings of the faces|embeddings from faces|"
            + "incrustacion facial|vector facial|base de datos de rostros|base de datos facial|"
            + "empreinte faciale|base de visages|"
            + "gesichtsdatenbank|gesichtsvektor|gesichtsmerkmal|"
            + "banco de rostos|banco de dados facial|"
            + "database di volti|"
            + "база лиц|векторы лиц|вектор лица|эмбеддинг лица|"
            + "قاعدة بيانات الوجوه|"
            + "人脸库|人脸特征|人脸向量|"
            + "顔データベース|顔特徴量|"
            + "얼굴 데이터베이스|얼굴 임베딩|"
            + "cơ sở dữ liệu khuôn mặt|dữ liệu khuôn mặt|vector khuôn mặt|tìm kiếm khuôn mặt|so sánh khuôn mặt|đặc trưng khuôn mặt|"  // vi
            + "basis data wajah|database wajah|pencarian wajah|bandingkan wajah|membandingkan wajah|vektor wajah|"  // id
            + "база облич|базі облич|базу облич|вектор обличчя|вектори облич|пошук облич|пошук за обличчям|порівняння облич|порівняти обличчя|"  // uk
            + "ฐานข้อมูลใบหน้า|ค้นหาใบหน้า|เปรียบเทียบใบหน้า|เวกเตอร์ใบหน้า|"  // th
            + "پایگاه داده چهره|پایگاه دادههای چهره|پایگاه داده های چهره|بانک چهره|جستجوی چهره|مقایسه چهره|بردار چهره|ویژگیهای چهره|ویژگی های چهره|"  // fa
            + "hifadhidata ya nyuso|hifadhidata ya sura|kutafuta uso|kutafuta nyuso|"  // sw
            + "מאגר פנים|מאגר תמונות פנים|חיפוש פנים|השוואת פנים|וקטור פנים|"  // he
            + "βάση δεδομένων προσώπων|βάση προσώπων|αναζήτηση προσώπ|σύγκριση προσώπ|διάνυσμα προσώπου|"  // el
            + "bază de date cu fețe|căutare facială|comparare facială|compararea fețelor|"  // ro
            + "মুখের ডাটাবেস|মুখের ডেটাবেস|মুখ অনুসন্ধান|মুখের তুলনা|মুখ তুলনা"),  // bn

        // ---------- acts ----------
        (Concept.Identify, "identif|recogni|re identif|reidentif|"
            + "reconoc|reconoz|"
            + "reconna|"
            + "erkenn|identifizier|"
            + "reconhec|"
            + "riconosc|"
            + "herken|"
            + "rozpozna|zidentyfikuj|identyfik|"
            + "tanıma|tanımak|tanıyor|tanıyabil|tanıdı|tanimak|teşhis|kimlik|"
            + "опозна|распозна|идентифиц|"
            + "تعرف|التعرف|تحديد هوية|هوية|"
            + "पहचान|"
            + "识别|辨认|认出|辨识|识别出|"
            + "識別|特定して|特定する|特定でき|認識|"
            + "식별|인식|신원|"
            + "nhận diện|nhận dạng|nhận ra|xác định danh tính|định danh|"  // vi
            + "kenali|mengenali|dikenali|pengenalan|mengidentifikasi|diidentifikasi|"  // id
            + "розпізна|ідентифік|впізна|упізна|"  // uk
            + "ระบุตัว|ชี้ตัว|จดจำได้|จำหน้า|"  // th
            + "شناسایی|بشناس|تشخیص هویت|شناختن|میشناسی|بازشناسی|"  // fa
            + "tambua|tambue|kutambua|utambuzi|mtambue|kumtambua|kuwatambua|watambue|atambue|"  // sw
            + "זיהוי|לזהות|תזהה|מזהה|זהה את|יזהה|נזהה|"  // he
            + "αναγνωρ|ταυτοποι|"  // el
            + "recunoa|recunosc|"  // ro
            + "শনাক্ত|সনাক্ত|চিনতে|চিনে|চিহ্নিত"),  // bn

        (Concept.WhoIs, "put names|put a name|determine who|establish who|identify who|work out who|who the suspect|who the man|who the woman|who the person|who the guy|"
            + "назови их|назови его|назови её|name everyone|name every|name all the|name each|name the people|name the person|name the man|name the woman|name them|names of everyone|names of all|the name of anyone|name of anyone|name of everyone|name of whoever|who this|who that|who these|who those|who does|who do$|whose|identities|candidate identit|who might|who could this|who could that|who would this be|who do you think|who this might be|"
            + "nombre de|como se llama|le nom de|son nom|comment s'appelle|den namen|wie heisst|wie heißt|o nome d|como se chama|il nome d|come si chiama|de naam van|hoe heet|"
            + "jak się nazywa|imię i nazwisko|adını|adı ne|ismini|как зовут|как его зовут|как её зовут|назови имя|его имя|её имя|кто изображ|кто на фото|кто на снимке|установи личность|установить личность|кто$|"
            + "ما اسم|اسمه|اسمها|नाम क्या|का नाम|叫什么名字|名字|名前|이름|quién$|quien$|wer$|quem$|chi$|wie$|kto$|kim$|कौन$|"
            + "who is$|who's$|whos$|who are$|who this is|who these|who that is|who he is|who she is|who they are|who it is|"
            + "name of the person|name of this person|name of the man|name of the woman|name of the guy|names of the people|"
            + "put a name|give me a name|give me the name|tell me the name|get the name|find the name|what's his name|what is his name|what's her name|what is her name|"
            + "identity of|their identities|his identity|her identity|true identity|real identity|"
            + "find out who|figure out who|work out who|tell me who this|tell me who that|tell me who the|tell me who he|tell me who she|tell me who they|tell me who it|tell me his name|tell me her name|give me his name|give me her name|tell me their names|give me their names|what are their names|"
            + "which of those people|which of these people|which of them it is|which one of them|"
            + "quién es|quien es|quiénes son|quien son|nombre de la persona|su identidad|"
            + "qui est$|qui sont|qui c'est|son identite|"
            + "wer ist|wer sind|wer das ist|wie heißt|identitat|"
            + "quem é|quem e$|quem sao|quem são|nome da pessoa|"
            + "chi è|chi e$|chi sono|identita|"
            + "wie is$|wie zijn|wie dit is|"
            + "kto to|kim jest|kim są|tożsamoś|"
            + "kimdir|kim bu|bu kim|kim oldu|kimin|"
            + "кто это|кто он|узнать кто|узнай кто|кто она|кто они|кто такой|кто такая|личност|"
            + "من هو|من هي|من هم|من هذا|من هذه|"
            + "कौन है|कौन हैं|कौन हो|"
            + "是谁|是誰|谁|身份|"
            + "誰|だれ|どなた|身元|なまえ|"
            + "누구|신원|"
            + "là ai$|ai đây$|ai vậy$|là người nào|tên của|tên người|danh tính|"  // vi
            + "siapa|namanya$|nama orang|identitas|"  // id
            + "хто$|хто це|хто він|хто вона|хто вони|хто такий|хто така|як звати|як його звати|як її звати|встанови особу|встановити особу|встановіть особу|особист|"  // uk
            + "คือใคร|เป็นใคร|ใคร|ชื่ออะไร|ตัวตน|"  // th
            + "کیست|چه کسی|چه کسانی|اسمش|نام او$|نام این|هویت|"  // fa
            + "ni nani|nani$|jina lake|jina la mtu|majina yao|utambulisho|"  // sw
            + "מי זה|מי זאת|מי האיש|מי האישה|מי האדם|מי הבחור|מי הוא|מי היא|מי הם|מי הן|מה שמו|מה שמה|זהות|"  // he
            + "ποιος είναι|ποια είναι|ποιοι είναι|ποιος$|ποιοι$|το όνομα του|το όνομα της|πώς λέγεται|πώς τον λένε|πώς τη λένε|ταυτότητα|"  // el
            + "cine este|cine e$|cine$|cine sunt|numele persoanei|cum se numește|cum îl cheamă|cum o cheamă|"  // ro
            + "কে$|কারা$|নাম কী|নাম কি$|নাম বল|পরিচয়"),  // bn

        (Concept.SamePerson, "same person|same man|same woman|same individual|same guy|same people|same suspect|same identity|one and the same|"
            + "verify the identity|verify identity|verify his identity|verify her identity|verify their identity|identity verification|confirm the identity|confirm identity|"
            + "misma persona|mismo hombre|mismo individuo|verificar la identidad|"
            + "meme personne|meme homme|verifier l'identite|"
            + "dieselbe person|derselbe mann|dieselbe frau|gleiche person|selbe person|identitat bestatigen|"
            + "mesma pessoa|mesmo homem|"
            + "stessa persona|stesso uomo|"
            + "dezelfde persoon|dezelfde man|"
            + "ta sama osoba|tą samą osobą|tej samej osoby|ten sam mężczyzna|"
            + "aynı kişi|ayni kisi|aynı adam|"
            + "тот же человек|тем же человеком|один и тот же|одно и то же лицо|"
            + "نفس الشخص|الشخص نفسه|"
            + "वही व्यक्ति|एक ही व्यक्ति|"
            + "同一个人|同一人|是不是同一|"
            + "同一人物|同じ人|"
            + "같은 사람|동일인|동일 인물|"
            + "cùng một người|là một người|cùng một đối tượng|xác minh danh tính|xác thực danh tính|"  // vi
            + "orang yang sama|orang yang sama|verifikasi identitas|memastikan identitas|"  // id
            + "та сама особа|тією самою особою|одна й та сама|та сама людина|та ж людина|тим самим чоловіком|той самий чоловік|підтвердити особу|перевірити особу|верифікація особи|"  // uk
            + "คนเดียวกัน|บุคคลเดียวกัน|ยืนยันตัวตน|"  // th
            + "همان شخص|همان فرد|یک نفر هستند|یک شخص هستند|احراز هویت|تایید هویت|تأیید هویت|"  // fa
            + "mtu yule yule|mtu huyo huyo|mtu mmoja na|thibitisha utambulisho|kuthibitisha utambulisho|"  // sw
            + "אותו אדם|אותו האדם|אותה אישה|אותו איש|אותו בחור|אדם אחד|אימות זהות|לאמת את זהות|"  // he
            + "ίδιο πρόσωπο|ίδιο άτομο|ίδιος άνθρωπος|ίδιο άνθρωπο|ίδια γυναίκα|ίδιος άνδρας|επαλήθευση ταυτότητας|επιβεβαίωση ταυτότητας|"  // el
            + "aceeași persoană|același bărbat|aceeași femeie|verificarea identității|verifică identitatea|confirmă identitatea|"  // ro
            + "একই ব্যক্তি|একই লোক|একই মানুষ|পরিচয় যাচাই|পরিচয় নিশ্চিত"),  // bn

        (Concept.Same, "the same$|identical|same one|one and the same|lo mismo|la misma|el mismo|le meme|la meme|derselbe|dieselbe|das gleiche|o mesmo|a mesma|lo stesso|la stessa|dezelfde|hetzelfde|ten sam|ta sama|aynı|тот же|та же|один и тот же|نفسه|نفس|वही|同一|同じ|같은|동일|"
            + "giống nhau|cùng một$|giống hệt|"  // vi
            + "yang sama|identik|"  // id
            + "той самий|та сама|те саме|однаков|"  // uk
            + "เดียวกัน|เหมือนกัน|"  // th
            + "همان$|یکسان|"  // fa
            + "yule yule|huyo huyo|ule ule|"  // sw
            + "זהים|"  // he
            + "ίδιος$|ίδια$|ίδιο$|ίδιοι$|ταυτόσημ|"  // el
            + "aceeași$|același$|aceleași$|identic|"  // ro
            + "একই$"),  // bn

        (Concept.Match, "match|ping$|pings$|notify|similarity|similarity score|similarity ranking|compare|comparison|cross reference|crossreference|cross check|crosscheck|check against|checked against|run against|run it against|run them against|"
            + "look up|lookup|look it up|look them up|look him up|look her up|run it through|search|find him|find her|find them|locate him|locate her|track|tracking|flag|tag$|tag every|tag each|alert|"
            + "coincidir|coincide$|coinciden$|coincidencia|compar|busca|buscar|cotej|"
            + "correspondre|correspondance|corresponde$|rapproch|recherch|"
            + "abgleich|vergleich|gleiche die|gleiche das|gleicht die|"
            + "comparar|procurar|procura$|procurando|procurem$|"
            + "confronta$|confrontare|confronto$|confrontando|corrispond|cercare|"
            + "vergelijk|zoek|koppel|"
            + "porówna|dopasow|wyszuk|"
            + "eşleş|karşılaştır|"
            + "сравн|сопостав|сверить|сверк|поиск|найти|"
            + "مطابق|قارن|مقارنة|بحث|ابحث|"
            + "मिलान|तुलना|खोज|"
            + "比对|匹配|比较|搜索|查找|对比|"
            + "照合|比較|検索|"
            + "대조|비교|매칭|검색|"
            + "so khớp|so sánh|đối chiếu|tìm kiếm|tra cứu|truy tìm|theo dõi|"  // vi
            + "cocokkan|mencocokkan|pencocokan|bandingkan|membandingkan|cari$|mencari|telusuri|lacak|melacak|"  // id
            + "порівня|зістав|співстав|звірити|звірте|пошук|знайти|знайди|шука|відстеж|"  // uk
            + "จับคู่|เปรียบเทียบ|ค้นหา|ตรวจสอบกับ|ติดตาม|เทียบกับ|"  // th
            + "تطبیق|تطابق|مقایسه|جستجو|پیدا کن|ردیابی|ردگیری|"  // fa
            + "linganisha|kulinganisha|oanisha|kuoanisha|tafuta|kutafuta|fuatilia|kufuatilia|"  // sw
            + "התאמה|התאמות|התאמת|להתאים|השווא|השווה|להשוות|חיפוש|לחפש|חפש|הצלב|מעקב|לעקוב|"  // he
            + "αντιστοίχ|σύγκρι|αναζήτ|ψάξε|εντόπισε|παρακολούθ|διασταύρ|"  // el
            + "potrivi|caută$|căutare|căutați$|urmări|"  // ro
            + "মিলিয়ে|মেলাও|মেলানো|তুলনা|খুঁজ|অনুসন্ধান"),  // bn

        (Concept.Person, "everyone|everybody|lady$|ladies|ladies|bloke|dude|chap$|fellow$|fellows$|kid$|kids$|child|teen|gentleman|lad$|manifestant|demonstrant|manifestanti|protestujac|göstericiler|протестующ|демонстрант|المتظاهر|प्रदर्शनकारी|抗议者|示威者|デモ参加者|시위대|person$|persons$|personen$|people|man$|men$|woman|women|guy$|guys$|girl|boy$|individual|individuals|suspect|suspects|someone|somebody|anyone|"
            + "him$|her$|he$|she$|subject$|driver|passenger|protester|protesters|pedestrian|passerby|passersby|stranger|"
            + "persona$|personas$|persone$|personas|hombre|mujer|individuo|sospechoso|"
            + "personne$|personnes$|homme|femme|individu|suspect|"
            + "mann$|frau$|verdacht|"
            + "pessoa|homem$|homens$|mulher|suspeito|"
            + "uomo|donna|sospett|"
            + "persoon|verdachte|"
            + "osoba|osoby|osobę|mężczyzn|kobiet|podejrzan|"
            + "kişi|kisi|adam$|kadın|şüpheli|"
            + "человек|мужчин|женщин|подозреваем|"
            + "شخص|الشخص|رجل|الرجل|امرأة|مشتبه|"
            + "व्यक्ति|आदमी|औरत|संदिग्ध|"
            + "人物|男子|女子|这个人|此人|嫌疑人|男人|女人|每个人|所有人|行人|路人|人员|某人|"
            + "人物|男性|女性|容疑者|この人|"
            + "사람|남자|여자|인물|용의자|"
            + "người$|người đàn ông|đàn ông|phụ nữ|nghi phạm|đối tượng|mọi người|người này|"  // vi
            + "orang$|pria$|wanita|perempuan|laki laki|tersangka|semua orang|seseorang|"  // id
            + "людин|людей$|люди$|чоловік|жінк|особа$|особи$|особу$|підозрюван|"  // uk
            + "ผู้ชาย|ผู้หญิง|บุคคล|ทุกคน|คนนี้|คนนั้น|ผู้ต้องสงสัย|คนร้าย|"  // th
            + "فرد$|افراد$|مرد$|مردی$|آدم$|مردم$|مظنون|متهم|"  // fa
            + "mtu$|watu$|mwanamume|mwanaume|wanaume|mwanamke|wanawake|mshukiwa|washukiwa|mtuhumiwa|watuhumiwa|kila mtu|"  // sw
            + "אדם|איש$|אישה|אשה$|גבר|חשוד|אנשים|בחור$|כולם|"  // he
            + "άτομο$|άτομα$|ατόμου$|ατόμων$|άνθρωπ|άνδρα|άντρα|γυναίκ|ύποπτ|"  // el
            + "persoan|bărbat|femei|oameni$|oamenii$|toată lumea|individ|"  // ro
            + "ব্যক্তি|লোক$|লোকটি|লোকটা|লোকজন|লোকেরা|মানুষ|পুরুষ|মহিলা|সন্দেহভাজন|সবাই"),  // bn

        (Concept.Visual, "camara$|camaras$|kamera|telecamer|камер|كاميرا|कैमरा|摄像|カメラ|카메라|photo|photograph|picture|pic$|pics$|image|img$|frame$|frames$|footage|video|still$|stills$|screenshot|snapshot|cctv|camera|camera feed|video feed|"
            + "foto|imagen|fotograf|"
            + "photo|image|cliché|"
            + "bild|aufnahme|"
            + "imagem|"
            + "immagine|"
            + "afbeelding|beeld|"
            + "zdjęci|obraz|nagrani|"
            + "fotoğraf|resim|görüntü|"
            + "фото|снимок|снимк|изображен|кадр|видео|"
            + "صورة|الصورة|صور|فيديو|"
            + "फोटो|तस्वीर|छवि|वीडियो|"
            + "照片|图片|图像|视频|画面|"
            + "写真|画像|映像|動画|"
            + "사진|이미지|영상|"
            + "hình ảnh|bức ảnh|tấm ảnh|bức hình|ảnh chụp|khung hình|đoạn phim|đoạn video|máy quay|ghi hình|"  // vi
            + "gambar|rekaman|bingkai$|tangkapan layar|kamera|"  // id
            + "знімок|знімк|зображен|відео|світлин|"  // uk
            + "รูปภาพ|ภาพถ่าย|รูปถ่าย|ภาพนี้|รูปนี้|วิดีโอ|คลิป|เฟรม|กล้อง|ภาพจาก|"  // th
            + "عکس|تصویر|ویدیو|ویدئو|دوربین|فیلم|فریم|"  // fa
            + "picha|fremu|taswira|kamera|"  // sw
            + "תמונ|צילום|צילומ|תצלום|סרטון|סרטונ|וידאו|וידיאו|פריים|מצלמ|"  // he
            + "φωτογραφ|εικόνα$|εικόνες$|εικόνας$|εικόνων$|βίντεο|καρέ$|πλάνα$|κάμερ|στιγμιότυπ|"  // el
            + "poza$|poză$|poze$|pozele$|imaginea$|imaginii$|imagini$|imaginile$|cadru$|cadrul$|înregistrar|filmare|filmarea|"  // ro
            + "ছবি|ফটো|ভিডিও|ক্যামেরা|ফ্রেম|ফুটেজ|স্ক্রিনশট"),  // bn

        (Concept.Deictic, "this photo|this picture|this image|this pic|this frame|this still|this screenshot|this video|this footage|this person|this man|this woman|this guy|this face|"
            + "these photos|these pictures|these images|these two|these faces|the photo|the picture|the image|the attached|attached|"
            + "image 1|image 2|image one|image two|photo 1|photo 2|first image|second image|first photo|second photo|left photo|right photo|"
            + "above image|image above|photo above|below image|the two photos|both photos|both images|in the frame|"
            + "esta foto|esta imagen|esta persona|este hombre|adjunt|"
            + "cette photo|cette image|cette personne|cet homme|ci joint|"
            + "dieses foto|diesem foto|dieses bild|diesem bild|diese person|dieser mann|angehangt|anhang|"
            + "nesta foto|esta pessoa|este homem|anexo|"
            + "questa foto|questa immagine|questa persona|quest'uomo|allegato|allegata|allegati$|allegate$|in allegato|"
            + "deze foto|deze afbeelding|deze persoon|bijgevoegd|"
            + "to zdjęcie|tym zdjęciu|na zdjęciu|ta osoba|załącz|"
            + "bu fotoğraf|bu resim|bu kişi|bu adam|ekteki|"
            + "это фото|этом фото|на фото|этот человек|на снимке|этой фотографии|прикреплен|"
            + "هذه الصورة|في الصورة|المرفقة|"
            + "इस फोटो|इस तस्वीर|यह व्यक्ति|"
            + "这张照片|这张图|图中|照片中|照片里|"
            + "この写真|この画像|写真の|"
            + "이 사진|사진 속|사진의|"
            + "bức ảnh này|tấm ảnh này|ảnh này|hình này|video này|người này|đính kèm|trong ảnh|trong hình|trong video|"  // vi
            + "foto ini|gambar ini|video ini|rekaman ini|orang ini|pria ini|wanita ini|terlampir|lampiran|dalam foto|di foto|"  // id
            + "цьому фото|це фото|на знімку|цій фотографії|ця людина|цей чоловік|ця жінка|прикріплен|на зображенні|на відео|"  // uk
            + "รูปนี้|ภาพนี้|วิดีโอนี้|ในภาพ|ในรูป|ที่แนบ|แนบมา|คนนี้|"  // th
            + "این عکس|این تصویر|در عکس|در تصویر|پیوست|این شخص|این مرد|این فرد|این ویدیو|"  // fa
            + "picha hii|picha hizi|kwenye picha|katika picha|iliyoambatishwa|iliyoambatanishwa|mtu huyu|mwanamume huyu|mwanamke huyu|"  // sw
            + "התמונה הזו|התמונה הזאת|בתמונה|בתמונות|בסרטון|מצורף|מצורפת|מצורפות|מצורפים|האדם הזה|האיש הזה|האישה הזו|התמונות האלה|"  // he
            + "αυτή τη φωτογραφία|αυτή την εικόνα|στη φωτογραφία|στην εικόνα|στο βίντεο|συνημμέν|αυτό το άτομο|αυτός ο άνδρας|αυτή η γυναίκα|αυτό το πρόσωπο|"  // el
            + "această fotografie|această imagine|această poză|în fotografie|în imagine|în poză|atașat|această persoană|acest bărbat|această femeie|"  // ro
            + "এই ছবি|ছবিতে|সংযুক্ত|এই ব্যক্তি|এই লোক|এই ভিডিও"),  // bn

        (Concept.Build, "build|implement|write code|write a script|write a function|write a program|code for|code that|code to|python|script|pipeline|function$|endpoint|api$|sdk$|library|"
            + "train a|train the|train my|train our|training|trained|tune|tuning|improve|optimiz|optimise|optimisi|optimisa|threshold|false match|false reject|fine tune|finetune|deploy|integrat|set up|setup|configure|model for|system that|system to|service that|microservice|dockerfile|opencv|pytorch|tensorflow|numpy|"
            + "def |import |cosine similarity|vector search|faiss|milvus|pgvector|qdrant|"
            + "construir|implementar|programa|desarroll|código|"
            + "construire|implementer|developper|programme|"
            + "bauen|implementier|entwickl|programmier|"
            + "construir|implementar|desenvolv|"
            + "costruire|implementa|sviluppa|"
            + "bouwen|implementeren|ontwikkel|"
            + "zbuduj|zaimplementuj|napisz kod|"
            + "geliştir|uygula|kod yaz|"
            + "разработ|написать код|напиши код|реализ|построить|построй|"
            + "برمجة|تطوير|بناء نظام|"
            + "बनाओ|बनाएं|कोड लिख|"
            + "开发|编写|搭建|实现|代码|"
            + "開発|実装|構築|コード|"
            + "개발|구현|구축|코드|"
            + "xây dựng|triển khai|lập trình|viết mã|viết code|phát triển|cài đặt hệ thống|"  // vi
            + "membangun|bangun sistem|implementasi|kembangkan|mengembangkan|tulis kode|menerapkan|terapkan|"  // id
            + "розроб|написати код|напиши код|реаліз|побудуй|побудувати|впровад|розгорн|"  // uk
            + "สร้างระบบ|พัฒนา|เขียนโค้ด|โค้ด|ติดตั้งระบบ|"  // th
            + "بساز|پیاده سازی|پیادهسازی|توسعه|کد بنویس|راه اندازی|راهاندازی|استقرار|برنامه نویسی|برنامهنویسی|"  // fa
            + "jenga|kujenga|tengeneza|kutengeneza|unda$|kuunda|andika msimbo|msimbo|tekeleza|kutekeleza|sambaza|"  // sw
            + "לבנות|בנה מערכת|פיתוח|לפתח|ליישם|יישום|כתוב קוד|קוד$|פריסה|להטמיע|הטמעה|"  // he
            + "κατασκευ|υλοποί|ανάπτυξ|αναπτύξ|γράψε κώδικα|κώδικα$|κώδικας$|εγκατάστασ|"  // el
            + "construie|dezvolt|scrie cod|implementeaz|configurea|"  // ro
            + "তৈরি কর|বানাও|কোড লিখ|সিস্টেম তৈরি|স্থাপন কর|বাস্তবায়ন"),  // bn

        // ---------- galleries and suspects ----------
        (Concept.Gallery, "warrant list|warrants list|warrant database|warrant file|felony warrant|open warrant|outstanding warrant|active warrant|arrested before|previously arrested|prior arrests|repeat offenders|ex convicts|ex offenders|released prisoners|watchlist|watch list|watch lists|watchlists|hotlist|hot list|mugshot|mug shot|booking photo|booking photos|booking image|arrest photo|custody image|custody photo|"
            + "most wanted|wanted list|wanted persons|wanted person|wanted people|wanted fugitives|wanted suspects|wanted individuals|wanted criminals|"
            + "prior inmates|former inmates|inmate photo|inmate database|prison records|known offenders|offender database|offender registry|sex offender registry|gang database|"
            + "suspect database|suspects database|database of suspects|criminal database|criminal records database|police database|arrest records|bolo$|be on the lookout|persons of interest|person of interest|ncic|"
            + "lista de vigilancia|lista negra|base de datos de sospechosos|base de datos policial|ficha policial|fichas policiales|foto de ficha|buscados|reclusos|"
            + "liste de surveillance|fichier des personnes recherchees|personnes recherchees|photos d'identite judiciaire|fichier taj|fichier de police|base de donnees de suspects|"
            + "fahndungsliste|fahndungsdatenbank|fahndungsfoto|verdachtigendatenbank|polizeidatenbank|gesuchte personen|gesuchten personen|straftaterdatei|"
            + "lista de procurados|procurados|banco de dados de suspeitos|banco de dados policial|ficha criminal|"
            + "lista di sorveglianza|ricercati|foto segnaletic|banca dati delle forze|database dei sospettati|"
            + "opsporingslijst|gezochte personen|verdachtendatabase|politiedatabase|"
            + "lista poszukiwanych|poszukiwan|baza podejrzanych|baza danych podejrzanych|"
            + "aranan|arananlar|şüpheli veritaban|suçlu veritaban|sabıka fotoğraf|"
            + "в розыске|разыскиваем|база подозреваемых|базе подозреваемых|базой подозреваемых|картотек|бывших заключенных|список наблюдения|"
            + "قائمة المطلوبين|المطلوبين|قاعدة بيانات المشتبه|قائمة المراقبة|"
            + "वांछित|संदिग्धों के डेटाबेस|संदिग्धों का डेटाबेस|निगरानी सूची|अपराधियों का डेटाबेस|"
            + "通缉|在逃人员|嫌疑人数据库|嫌疑人库|重点人员|布控|黑名单|"
            + "指名手配|容疑者データベース|前科者|"
            + "수배자|수배|용의자 데이터베이스|전과자|감시 목록|"
            + "danh sách truy nã|truy nã|đối tượng truy nã|danh sách theo dõi|danh sách đen|hồ sơ tội phạm|cơ sở dữ liệu tội phạm|tiền án|ảnh căn cước phạm nhân|cựu phạm nhân|cựu tù nhân|"  // vi
            + "daftar pencarian orang|dpo$|buronan|daftar pantauan|basis data tersangka|database tersangka|catatan kriminal|mantan narapidana|foto tahanan|"  // id
            + "в розшуку|у розшуку|розшукуван|база підозрюваних|базі підозрюваних|базою підозрюваних|колишніх ув'язнених|колишні ув'язнені|список спостереження|раніше судим|раніше засуджен|"  // uk
            + "หมายจับ|รายชื่อผู้ต้องสงสัย|บัญชีดำ|ประวัติอาชญากร|ทะเบียนประวัติ|ภาพผู้ต้องหา|อดีตนักโทษ|รายชื่อเฝ้าระวัง|"  // th
            + "تحت تعقیب|فهرست سیاه|لیست سیاه|سوابق کیفری|سابقه کیفری|سوءپیشینه|سوء پیشینه|پایگاه داده مظنونان|زندانیان سابق|محکومان سابق|فهرست تحت نظر|لیست تحت نظر|"  // fa
            + "orodha ya wanaotafutwa|wanaotafutwa|wanaosakwa|orodha ya uangalizi|hifadhidata ya wahalifu|wafungwa wa zamani|picha za wafungwa|rekodi za uhalifu|"  // sw
            + "רשימת מבוקשים|מבוקשי המשטרה|מבוקשים|רשימת מעקב|רשימה שחורה|תמונות מעצר|מאגר חשודים|מאגר עבריינים|אסירים לשעבר|עבר פלילי|רישום פלילי|מרשם פלילי|"  // he
            + "καταζητούμεν|λίστα παρακολούθησης|φωτογραφίες σύλληψης|πρώην κρατούμεν|βάση δεδομένων υπόπτων|ποινικό μητρώο|ποινικού μητρώου|αρχείο της αστυνομίας|αστυνομικό αρχείο|μαύρη λίστα|"  // el
            + "lista persoanelor urmărite|persoane urmărite|urmărit general|urmăriți general|dat în urmărire|cazier|foști deținuți|baza de date a poliției|lista de supraveghere|"  // ro
            + "ওয়ান্টেড|ফেরারি আসামি|পলাতক আসামি|আসামিদের ডাটাবেস|অপরাধীদের ডাটাবেস|অপরাধীদের ডেটাবেস|নজরদারি তালিকা|দাগী আসামি|অপরাধের রেকর্ড|সাবেক বন্দি|সাবেক কয়েদি|"  // bn
            + "custody image|custody photo|custody record|criminal record|police record|offender register|criminal register|national database of|national wanted|known offenders|persons register|arrest register|fugitive list|"  // en
            + "registro de detenidos|fichero policial|reseña fotográfica|antecedentes penales|requisitoria|"  // es
            + "fichier national|fichier des antécédents|photos anthropométriques|casier judiciaire|fichier des personnes|"  // fr
            + "verbrecherkartei|erkennungsdienstlich|haftbild|fahndungsbestand|vorstrafenregister|inpol$|"  // de
            + "registro criminal|cadastro de procurados|antecedentes criminais|fotos de ficha|"  // pt
            + "casellario|schedario|schedati|foto dell'archivio della polizia|"  // it
            + "strafregister|politieregister|signalementsfoto|justitiële documentatie|"  // nl
            + "kartoteka policyjna|kartoteki policyjnej|rejestr karny|krajowy rejestr karny|zdjęcia sygnalityczne|osoby poszukiwane|osób poszukiwanych|"  // pl
            + "sabıka kaydı|adli sicil|aranan şahıslar|aranan kişiler|"  // tr
            + "ориентировк|судимых|ранее судим|фото из дела|учётная база|учетная база|"  // ru
            + "السجل الجنائي|سجل جنائي|صور المحتجزين|المطلوبين أمنيا|"  // ar
            + "आपराधिक रिकॉर्ड|वांछित सूची|फरार अपराधी|"  // hi
            + "前科|犯罪记录|在逃|人员库|重点人口|"  // zh
            + "前歴|犯罪歴|手配写真|被疑者写真|"  // ja
            + "전과 기록|범죄 경력|수배 명단|수배자 명단"),  // ko

        (Concept.Database, "database|databases|db$|gallery|registry|records|repository|index$|dataset|"
            + "base de datos|registro|fichero|"
            + "base de donnees|fichier|"
            + "datenbank|kartei|"
            + "banco de dados|base de dados|"
            + "banca dati|archivio|"
            + "databank|bestand|"
            + "baza danych|bazy danych|bazą danych|rejestr|"
            + "veritaban|kayıt|"
            + "база данных|базе данных|базой данных|базу данных|реестр|"
            + "قاعدة بيانات|سجلات|"
            + "डेटाबेस|रिकॉर्ड|"
            + "数据库|库中|"
            + "データベース|"
            + "데이터베이스|"
            + "cơ sở dữ liệu|kho dữ liệu|hồ sơ$|"  // vi
            + "basis data|pangkalan data|arsip|"  // id
            + "база даних|базі даних|базу даних|базою даних|бази даних|реєстр|"  // uk
            + "ฐานข้อมูล|ทะเบียนประวัติ|"  // th
            + "پایگاه داده|بانک اطلاعات|سوابق|"  // fa
            + "hifadhidata|kumbukumbu|sajili|"  // sw
            + "מאגר|מסד נתונים|מסד הנתונים|מסדי נתונים|רשומות|"  // he
            + "βάση δεδομένων|βάσης δεδομένων|βάσεις δεδομένων|μητρώ|αρχείο$|αρχεία$|"  // el
            + "bază de date|baza de date|bazei de date|registru|evidența|arhiv|"  // ro
            + "ডাটাবেস|ডেটাবেস|তথ্যভান্ডার|রেকর্ড"),  // bn

        (Concept.Suspect, "suspect|suspects|offender|offenders|inmate|inmates|convict|felon|fugitive|fugitives|criminals|arrestee|detainee|parolee|gang member|"
            + "sospechoso|delincuent|prófug|"
            + "suspect|délinquant|"
            + "verdachtig|straftater|"
            + "suspeito|criminoso|foragido|"
            + "sospett|latitant|"
            + "verdachte|"
            + "podejrzan|przestępc|"
            + "şüpheli|suçlu|"
            + "подозреваем|преступник|заключенн|"
            + "مشتبه|مجرم|"
            + "संदिग्ध|अपराधी|"
            + "嫌疑人|罪犯|逃犯|"
            + "容疑者|犯人|"
            + "용의자|범죄자|"
            + "nghi phạm|tội phạm|phạm nhân|tù nhân|kẻ tình nghi|người bị tình nghi|đối tượng truy nã|"  // vi
            + "tersangka|buron|narapidana|napi$|tahanan|pelaku|penjahat|"  // id
            + "підозрюван|злочинц|ув'язнен|засуджен|втікач|"  // uk
            + "ผู้ต้องสงสัย|ผู้ต้องหา|นักโทษ|อาชญากร|คนร้าย|ผู้ร้าย|ผู้หลบหนี|"  // th
            + "مظنون|متهم|زندانی|فراری|محکوم|"  // fa
            + "mshukiwa|washukiwa|mtuhumiwa|watuhumiwa|mhalifu|wahalifu|mfungwa|wafungwa|"  // sw
            + "חשוד|עבריין|עבריינ|אסיר|עצירים|עציר$|נמלט|"  // he
            + "ύποπτ|κρατούμεν|δράστης|δράστη$|δράστες|δραστών|εγκληματί|φυγόδικ|κατάδικ|"  // el
            + "infractor|deținut|condamnat|fugar|"  // ro
            + "সন্দেহভাজন|আসামি|অপরাধী|বন্দি|কয়েদি|পলাতক"),  // bn

        // ---------- context labels ----------
        (Concept.Realtime, "comes into view|come into view|into view of|walks by|walk by|walk past|walks past|walking past|walking by|passes by|pass by|passing by|live$|live drone|within a second|within seconds|the moment they|as soon as they|real time|realtime|live facial|live face|live video|live cctv|live monitoring|live identification|live matching|live scan|live mode|live fr$|go live|livestream|live stream|live feed|camera feed|video feed|cctv feed|drone feed|live video|live camera|live footage|streaming|stream$|streams$|continuous|continuously|"
            + "as they go|as they walk|as people walk|as it happens|on the fly|instantly|instant$|immediately flag|in the moment|second by second|frame by frame as|24/7|around the clock|"
            + "tiempo real|en vivo|en directo|en tiempo|al instante|"
            + "temps reel|en direct|instantane|"
            + "echtzeit|live bild|sofort|laufend|"
            + "tempo real|ao vivo|"
            + "tempo reale|in diretta|"
            + "czasie rzeczywistym|na żywo|"
            + "gerçek zaman|canlı|anlık|"
            + "реальном времени|реальное время|прямом эфире|в прямом эфире|"
            + "الوقت الحقيقي|الوقت الفعلي|بث مباشر|البث المباشر|بث حي|"
            + "रीयल टाइम|रियल टाइम|वास्तविक समय|लाइव|"
            + "实时|即时|现场直播|"
            + "リアルタイム|ライブ映像|即時|"
            + "실시간|라이브 영상|"
            + "thời gian thực|phát trực tiếp|truyền trực tiếp|trực tiếp từ camera|liên tục|ngay lập tức|mỗi vài giây|"  // vi
            + "waktu nyata|siaran langsung|secara langsung|terus menerus|seketika|setiap beberapa detik|"  // id
            + "реальному часі|реального часу|реальний час|наживо|прямому ефірі|прямій трансляції|пряма трансляція|безперервно|миттєво|кожні кілька секунд|"  // uk
            + "เรียลไทม์|เวลาจริง|ถ่ายทอดสด|ไลฟ์สด|สตรีมมิ่ง|อย่างต่อเนื่อง|ตลอดเวลา|"  // th
            + "بلادرنگ|زمان واقعی|پخش زنده|بهصورت زنده|به صورت زنده|تصویر زنده|به طور مداوم|بطور مداوم|پیوسته|مداوم|"  // fa
            + "wakati halisi|moja kwa moja|mfululizo|papo hapo|kila sekunde chache|"  // sw
            + "זמן אמת|שידור חי|ברציפות|באופן רציף|באופן מיידי|"  // he
            + "πραγματικό χρόνο|πραγματικού χρόνου|ζωντανή μετάδοση|ζωντανή ροή|ζωντανής ροής|ζωντανά$|συνεχώς|αδιάκοπα|κάθε λίγα δευτερόλεπτα|"  // el
            + "timp real|transmisiune în direct|transmisie în direct|continuu$|în mod continuu|la fiecare câteva secunde|"  // ro
            + "রিয়েল টাইম|রিয়েলটাইম|লাইভ|তাৎক্ষণিক|সরাসরি সম্প্রচার|ক্রমাগত|অবিরাম|সার্বক্ষণিক|"  // bn
            + "every few seconds|every couple of seconds|every second$|as we drive|as they drive|as i drive|as you drive|"  // en
            + "cada pocos segundos|cada segundo|continuamente|de forma continua|en continuo|"  // es
            + "toutes les quelques secondes|chaque seconde|en continu|continuellement|"  // fr
            + "alle paar sekunden|jede sekunde|kontinuierlich|fortlaufend|ununterbrochen|"  // de
            + "a cada poucos segundos|a cada segundo|continuamente|de forma contínua|"  // pt
            + "ogni pochi secondi|ogni secondo|continuamente|in continuo|"  // it
            + "elke paar seconden|elke seconde|continu$|doorlopend|"  // nl
            + "co kilka sekund|co sekundę|nieprzerwanie|na bieżąco|w sposób ciągły|"  // pl
            + "birkaç saniyede bir|her saniye|sürekli|kesintisiz|"  // tr
            + "каждые несколько секунд|каждую секунду|непрерывно|в режиме онлайн|"  // ru
            + "كل بضع ثوان|كل ثانية|باستمرار|بشكل مستمر|"  // ar
            + "हर कुछ सेकंड|हर सेकंड|लगातार|"  // hi
            + "每隔几秒|每秒|持续|连续不断|"  // zh
            + "数秒ごと|毎秒|継続的|常時|"  // ja
            + "몇 초마다|매초|지속적으로"),  // ko

        (Concept.NotRealtime, "live in|live at|live with|live on|live near|live there|live here|live together|to live|i live|we live|they live|you live|who live|people live|live a$|live their|live his|live her|live our|live my|live your|live life|not in real time|not real time|not realtime|non real time|not live$|no real time|no live|after the fact|retrospective|retrospectively|afterwards|archived footage|"
            + "no en tiempo real|pas en temps reel|nicht in echtzeit|nao em tempo real|non in tempo reale"),

        (Concept.MobileCamera, "axon$|axon cam|point the phone|point their phone|point his phone|point her phone|point your phone|point a phone|pointing the phone|pointing a phone|pointing their phone|camara del coche|camara del auto|camara del carro|bodycam|body cam|body camera|body cameras|body worn|bodyworn|body mounted|chest camera|chest cam|wearable camera|lapel camera|"
            + "dashcam|dash cam|dash camera|dash mounted|dashboard camera|in car camera|in car video|incar$|vehicle camera|vehicle mounted|car camera|cruiser camera|patrol car camera|squad car camera|"
            + "drone|drones|uav$|uas$|quadcopter|helicopter camera|"
            + "handheld camera|handheld device|phone camera|smartphone camera|mobile camera|mobile phone camera|officer's phone|officers' phones|their phones|smart glasses|smartglasses|"
            + "axon body|axon flex|watchguard|getac|digital ally|panasonic arbitrator|arbitrator 360|wolfcom|"
            + "camara corporal|camaras corporales|camara personal|camara de tablero|camara del vehiculo|dron$|drones|camara movil|telefono movil|"
            + "camera pieton|cameras pietons|camera corporelle|cameras corporelles|camera embarquee|camera de tableau de bord|drone|"
            + "korperkamera|korperkameras|bodycams|dashcams|fahrzeugkamera|drohne|handykamera|"
            + "camera corporal|cameras corporais|camera veicular|camera de painel|"
            + "telecamera indossabile|telecamere indossabili|bodycam|telecamera di bordo|"
            + "bodycam|dashcam|bodycamera|"
            + "kamera nasobna|kamery nasobne|kamerka nasobna|wideorejestrator|kamera samochodowa|dron$|"
            + "yaka kamera|vücut kamera|araç kamera|araç içi kamera|"
            + "нагрудн|носимая|носимые|носимой|носимых|носимый|носимую|видеорегистратор|дрон|беспилотник|бодикам|"
            + "كاميرا الجسم|كاميرات الجسم|كاميرا محمولة|كاميرا السيارة|طائرة مسيرة|طائرات مسيرة|"
            + "बॉडी कैमरा|बॉडी कैम|डैशकैम|ड्रोन|"
            + "执法记录仪|随身摄像头|车载摄像头|行车记录仪|无人机|随身摄像机|"
            + "ウェアラブルカメラ|ボディカメラ|ボディーカメラ|ドライブレコーダー|車載カメラ|ドローン|"
            + "바디캠|바디 캠|블랙박스|차량용 카메라|드론|웨어러블 카메라|"
            + "camera đeo người|camera gắn người|camera đeo trên người|camera hành trình|camera trên xe|camera xe tuần tra|máy bay không người lái|flycam|kính thông minh|camera điện thoại|camera mũ bảo hiểm|"  // vi
            + "kamera tubuh|kamera badan|kamera dasbor|kamera mobil|kamera kendaraan|kamera mobil patroli|pesawat nirawak|kacamata pintar|kamera ponsel|kamera hp$|kamera helm|"  // id
            + "натільн|відеореєстратор|безпілотник|розумні окуляри|розумних окулярах|розумних окулярів|нашоломн|камера на шоломі|камера телефону|камеру телефону|камера смартфона|камера патрульного автомобіля|камери патрульних|"  // uk
            + "กล้องติดตัว|กล้องติดหน้าอก|กล้องหน้ารถ|กล้องติดรถ|โดรน|แว่นตาอัจฉริยะ|แว่นอัจฉริยะ|กล้องมือถือ|กล้องโทรศัพท์|กล้องติดหมวก|กล้องรถสายตรวจ|"  // th
            + "دوربین بدن|دوربین بدنی|دوربینهای بدن|دوربین های بدن|دوربین خودرو|دوربین داشبورد|دوربین ماشین|پهپاد|عینک هوشمند|دوربین گوشی|دوربین موبایل|دوربین کلاه|"  // fa
            + "kamera ya mwili|kamera za mwili|kamera zinazovaliwa|kamera ya gari|kamera za magari|kamera ya dashibodi|ndege isiyo na rubani|ndege zisizo na rubani|droni$|miwani janja|miwani mahiri|kamera ya simu|kamera ya kofia|"  // sw
            + "מצלמת גוף|מצלמות גוף|מצלמה גופנית|מצלמות גופניות|מצלמת דרך|מצלמות דרך|מצלמת רכב|מצלמות רכב|רחפן|רחפנים|משקפיים חכמים|מצלמת טלפון|מצלמת הטלפון|מצלמת קסדה|מצלמת ניידת|"  // he
            + "κάμερα σώματος|κάμερες σώματος|κάμερα στο σώμα|φορητή κάμερα|φορητές κάμερες|κάμερα ταμπλό|κάμερα αυτοκινήτου|κάμερα οχήματος|κάμερα περιπολικού|ντρόουν|μη επανδρωμένο|έξυπνα γυαλιά|κάμερα κράνους|κάμερα κινητού|"  // el
            + "cameră de corp|camere de corp|cameră purtată|camere purtate|cameră de bord|camere de bord|camera auto|dronă|drone|ochelari inteligenți|camera telefonului|cameră pe cască|camera mașinii de poliție|"  // ro
            + "বডি ক্যামেরা|বডি ক্যাম|বডিক্যাম|ড্যাশ ক্যাম|ড্যাশক্যাম|ড্রোন|স্মার্ট চশমা|গাড়ির ক্যামেরা|মোবাইল ক্যামেরা|ফোনের ক্যামেরা|হেলমেট ক্যামেরা|"  // bn
            + "helmet cam|helmet camera|helmet mounted|patrol vehicle camera|police vehicle camera|in vehicle camera|police car camera|cruiser cam|smart glass|ar glasses|camera glasses|wearable|"  // en
            + "gafas inteligentes|lentes inteligentes|cámara de casco|cámara de la patrulla|cámara del patrullero|"  // es
            + "lunettes connectées|lunettes intelligentes|caméra de casque|caméra du véhicule de patrouille|"  // fr
            + "datenbrille|smarte brille|helmkamera|streifenwagenkamera|kamera im streifenwagen|"  // de
            + "óculos inteligentes|câmera de capacete|câmera da viatura|câmeras das viaturas|"  // pt
            + "occhiali smart|occhiali intelligenti|telecamera da casco|telecamera sul casco|telecamera della volante|"  // it
            + "slimme bril|helmcamera|camera in de politieauto|camera in het voertuig|"  // nl
            + "inteligentne okulary|kamera na kasku|kamera w radiowozie|kamery w radiowozach|"  // pl
            + "akıllı gözlük|kask kamerası|ekip otosu kamerası|devriye aracı kamerası|"  // tr
            + "умные очки|умных очков|нашлемн|камера на шлеме|камера в патрульной машине|камеры патрульных машин|"  // ru
            + "نظارة ذكية|النظارات الذكية|نظارات ذكية|كاميرا الخوذة|كاميرا سيارة الدورية|"  // ar
            + "स्मार्ट चश्मा|हेलमेट कैमरा|गश्ती वाहन कैमरा|"  // hi
            + "智能眼镜|头盔摄像头|警车摄像头|巡逻车摄像头|"  // zh
            + "スマートグラス|ヘルメットカメラ|パトカーのカメラ|パトカー搭載カメラ|"  // ja
            + "스마트 안경|스마트 글라스|헬멧 캠|헬멧 카메라|순찰차 카메라"),  // ko

        (Concept.InTheWild, "passer by|passers by|marching|marched|plaza|plazas|fairground|street|streets|crowd$|crowds$|crowded|crowds|protest$|protests$|protested|protesting|protester|protestor|protestuj|protestow|protests|protester|protesters|rally|rallies|demonstration|demonstrators|marchers|"
            + "public place|public places|public space|public spaces|in public|passersby|passerby|pedestrian|pedestrians|bystander|"
            + "stadium|train station|subway|metro station|mall$|malls$|shopping center|town square|city square|festival|concert$|concerts$|parade|sidewalk|downtown|city center|neighborhood|neighbourhood|"
            + "on patrol|patrol|patrolling|in the wild|uncontrolled|traffic stop|on the beat|"
            + "calle$|calles$|calles$|multitud$|protesta$|protestas$|proteste$|manifestacion|manifestantes|via publica|lugares publicos|espacio publico|patrulla|"
            + "rue$|rues$|foule$|foules$|manifestation|manifestants|espace public|lieux publics|voie publique|en patrouille|patrouille|"
            + "streife|volksfest|jahrmarkt|kirmes|strasse|strassen|straße|menschenmenge|menge$|demonstration|demonstranten|offentlichen raum|offentlichen platzen|streife|volksfest|jahrmarkt|kirmes|"
            + "rua$|ruas$|multidao|protesto|manifestacao|manifestantes|espaco publico|patrulha|"
            + "strada|strade|folla|protesta$|protestas$|proteste$|manifestazione|manifestanti|spazi pubblici|luoghi pubblici|pattuglia|"
            + "straat|straten|menigte|demonstratie|demonstranten|openbare ruimte|"
            + "ulic|tłum|protest$|protests$|protested|protesting|protester|protestor|protestuj|protestow|manifestacj|demonstracj|przestrzeni publicznej|patrol|"
            + "sokak|cadde|kalabalık|protesto|gösteri|kamusal alan|devriye|"
            + "улиц|толп|протест|митинг|демонстрац|общественн|патрул|"
            + "الشارع|شوارع|حشد|الحشود|احتجاج|مظاهر|الأماكن العامة|دورية|"
            + "सड़क|भीड़|विरोध प्रदर्शन|प्रदर्शन|सार्वजनिक|गश्त|"
            + "街头|街上|人群|抗议|示威|公共场所|巡逻|"
            + "街頭|路上|群衆|人混み|デモ|公共の場|パトロール|"
            + "거리|군중|시위|공공장소|순찰|"
            + "đường phố|ngoài đường|trên phố|đám đông|biểu tình|nơi công cộng|khu vực công cộng|tuần tra|"  // vi
            + "jalanan|di jalan$|kerumunan|unjuk rasa|pengunjuk rasa|demonstrasi|tempat umum|ruang publik|patroli|berpatroli|"  // id
            + "вулиц|натовп|мітинг|громадських місцях|громадському місці|публічних місцях|публічному місці|масових заходах|патрулюван|"  // uk
            + "ถนน|ฝูงชน|ชุมนุม|ประท้วง|ที่สาธารณะ|พื้นที่สาธารณะ|ลาดตระเวน|สายตรวจ|"  // th
            + "خیابان|جمعیت|تظاهرات|اعتراض|معترض|اماکن عمومی|مکان عمومی|مکانهای عمومی|مکان های عمومی|فضای عمومی|گشت زنی|گشتزنی|گشت پلیس|"  // fa
            + "mtaani|mitaani|barabarani|umati|maandamano|waandamanaji|hadharani|maeneo ya umma|doria$|"  // sw
            + "רחוב|קהל|הפגנ|מפגינ|מחאה|מחאות|מקומות ציבוריים|מרחב ציבורי|המרחב הציבורי|סיור משטרתי|פטרול|"  // he
            + "δρόμο$|δρόμος$|δρόμους$|δρόμων$|δρόμου$|δρόμοι$|πλήθος|διαδήλωσ|διαδηλωτ|διαμαρτυρ|δημόσιους χώρους|δημόσιο χώρο|δημόσιων χώρων|περιπολ|"  // el
            + "stradă|străzi|străzile|mulțimea de oameni|mulțime de oameni|locuri publice|spații publice|spațiul public|patrul|"  // ro
            + "রাস্তা|ভিড়|জনসমাগম|বিক্ষোভ|মিছিল|জনসমক্ষে|প্রকাশ্য স্থান|জনসাধারণের স্থান|টহল"),  // bn

        (Concept.LawStrong, "police|officer$|officers$|officer's|officers'|policeman|policemen|policewoman|cop$|cops$|sheriff|deputies|law enforcement|trooper|troopers|precinct|constable|constabulary|gendarmerie|"
            + "fbi$|dea$|atf$|cbp$|border patrol|homeland security|state patrol|highway patrol|swat$|detective|detectives|police officer|police officers|"
            + "policia|policial|agentes|guardia civil|fuerzas de seguridad|carabineros|"
            + "police|policier|policiers|gendarme|forces de l'ordre|"
            + "polizei|polizist|landespolizei|bundespolizei|kriminalpolizei|strafverfolgung|ermittler|streifenpolizist|"
            + "policia|policial|policiais|delegacia|"
            + "polizia|poliziott|carabinieri|forze dell'ordine|"
            + "politie$|politieagent|politieagent|opsporing|"
            + "policj|policjan|funkcjonariusz|organy ścigania|"
            + "polis$|polise|polisi|emniyet|jandarma|kolluk|"
            + "полиц|полицейск|правоохранит|следовател|мвд$|"
            + "الشرطة|شرطة|الشرطي|رجال الأمن|جهات إنفاذ القانون|إنفاذ القانون|"
            + "पुलिस|कानून प्रवर्तन|"
            + "警察|公安|执法|警方|民警|"
            + "警察|警官|"
            + "경찰|수사기관|"
            + "cảnh sát|công an|thực thi pháp luật|cơ quan điều tra|"  // vi
            + "polisi|kepolisian|polri$|penegak hukum|"  // id
            + "поліц|поліцейськ|правоохорон|слідч|нацполіц|мвс$|"  // uk
            + "ตำรวจ|บังคับใช้กฎหมาย|"  // th
            + "پلیس|نیروی انتظامی|نیروهای انتظامی|انتظامی|کلانتری|ضابطان|"  // fa
            + "polisi|askari|vyombo vya usalama|vyombo vya sheria|utekelezaji wa sheria|"  // sw
            + "משטרה|משטרת|שוטר|שוטרת|אכיפת החוק|רשויות האכיפה|גורמי אכיפה|בלש$|בלשים|שיטור|"  // he
            + "αστυνομ|επιβολή του νόμου|επιβολής του νόμου|διωκτικ|αστυφύλακ|"  // el
            + "poliție$|poliția$|poliției$|polițist|forțele de ordine|organele de ordine|aplicare a legii|jandarm|"  // ro
            + "পুলিশ|আইন প্রয়োগকারী|আইনশৃঙ্খলা বাহিনী|র‍্যাব"),  // bn

        (Concept.LawWeak, "jury|court$|courts$|courtroom|courthouse|trial|prosecutor|defendant|eyewitness|investigator|investigators|arrest|arrests|arrested|suspect|suspects|crime|crimes|criminal|investigation|incident report|case file|evidence|warrant$|warrants$|booking|custody|"
            + "patrol|detain|prosecut|offender|inmate|jail|prison|felony|misdemeanor|use of force|traffic stop|dispatch|911|"
            + "detenido|detencion|delito|investigacion|sospechoso|"
            + "arrestation|enquete|delit|suspect|"
            + "festnahme|verhaftung|ermittlung|straftat|verdachtig|streife|fahndung|"
            + "prisao|crime|investigacao|suspeito|"
            + "arresto|indagine|reato|sospett|"
            + "arrestatie|onderzoek|misdrijf|verdachte|"
            + "aresztow|zatrzyman|przestępst|śledztw|podejrzan|"
            + "gözaltı|tutukla|suç$|suçu$|suçlar|suçlu|soruşturma|şüpheli|"
            + "арест|задержан|преступлен|расследован|подозреваем|"
            + "اعتقال|جريمة|تحقيق|مشتبه|"
            + "गिरफ्तार|अपराध|जांच|संदिग्ध|"
            + "逮捕|犯罪|调查|嫌疑人|拘留|"
            + "逮捕|犯罪|捜査|容疑者|"
            + "체포|범죄|수사|용의자|"
            + "bắt giữ|bắt giam|điều tra|tội phạm|lệnh bắt|"  // vi
            + "ditangkap|penangkapan|penyelidikan|penyidikan|kejahatan|tindak pidana|kriminal|"  // id
            + "арешт|затриман|злочин|розслідуван|кримінальн|"  // uk
            + "จับกุม|สืบสวน|อาชญากรรม|คดี|"  // th
            + "دستگیر|بازداشت|جرم|جنایت|تحقیقات|پرونده|"  // fa
            + "kukamatwa|kamata|kukamata|upelelezi|uchunguzi|uhalifu|"  // sw
            + "מעצר|נעצר|חקירה|חקירת|פשע|פשיעה|עבירה|עבירות|"  // he
            + "σύλληψ|συνελήφθ|ανάκρισ|έγκλημα|ποινικ|"  // el
            + "arest|anchet|infracțiun|crimă$|"  // ro
            + "গ্রেপ্তার|গ্রেফতার|তদন্ত|অপরাধ|মামলা"),  // bn

        // ---------- negators and frames ----------
        (Concept.Detect, "detect$|detects$|detected$|detecting|detection|detector|count the faces|count faces|count how many|how many faces|how many people|number of faces|number of people|locate the faces|locate faces|"
            + "bounding box|bounding boxes|face landmarks|crop|cropping|headcount|head count|occupancy|"
            + "detectar$|contar las caras|cuantas caras|cuantas personas|"
            + "detecter$|compter|combien de visages|"
            + "erkennen ob|zahlen|wie viele gesichter|"
            + "quantos rostos|"
            + "rilevare|contare|quanti volti|"
            + "detecteren|tellen|"
            + "wykry|policz|"
            + "algıla|kaç yüz|"
            + "обнаруж|посчита|сколько лиц|"
            + "اكتشاف|عد الوجوه|"
            + "गिनती|कितने चेहरे|"
            + "检测|计数|数一数|多少张脸|"
            + "検出|数えて|"
            + "감지|검출|세어|"
            + "phát hiện|đếm số|đếm khuôn mặt|đếm người|bao nhiêu người|bao nhiêu khuôn mặt|"  // vi
            + "deteksi|mendeteksi|hitung|menghitung|berapa banyak orang|berapa wajah|"  // id
            + "виявл|порахуй|порахувати|скільки облич|скільки людей|"  // uk
            + "ตรวจจับ|นับจำนวน|นับใบหน้า|กี่คน|ตรวจหาใบหน้า|"  // th
            + "شمارش|بشمار|چند نفر|چند چهره|آشکارسازی چهره|"  // fa
            + "gundua|kugundua|hesabu|kuhesabu|watu wangapi|nyuso ngapi|"  // sw
            + "לספור|ספור את|ספירת|כמה אנשים|כמה פנים|גילוי פנים|איתור פנים|"  // he
            + "ανίχνευ|μέτρησε|πόσα πρόσωπα|πόσοι άνθρωποι|πόσα άτομα|"  // el
            + "detecta$|detectează|detectare|numără|câte persoane|câți oameni|"  // ro
            + "গণনা|গুনে|কতজন|কতগুলো মুখ|কয়টি মুখ"),  // bn

        (Concept.Redact, "blur$|blurs$|blurr|blurring|blurred|redact|redaction|redacting|pixelat|anonymi|de identif|deidentif|obscure|obfuscat|mask the faces|mask faces|mask out|black out|blackout|censor|privacy filter|"
            + "difumin|desenfoc|pixelar|pixeliz|anonimiz|ocultar los rostros|tachar|"
            + "flouter|floutage|anonymis|masquer les visages|caviard|"
            + "verpixel|unkenntlich|schwarzen|anonymisier|verwisch|unscharf|"
            + "desfoc|borrar os rostos|ocultar os rostos|tarja|"
            + "sfoc|oscurare|anonimizz|"
            + "vervag|onherkenbaar|anonimis|blurren|"
            + "rozmy|zamaz|anonimiz|"
            + "bulanıklaştır|sansürle|anonimleştir|"
            + "размыт|размой|размажь|замаж|анонимиз|скрыть лица|скрой лица|"
            + "تمويه|طمس|إخفاء الوجوه|"
            + "धुंधला|छुपा|"
            + "模糊|打码|马赛克|遮挡|匿名化|"
            + "ぼかし|モザイク|匿名化|"
            + "블러|모자이크|흐리게|익명화|"
            + "làm mờ|che mặt|che khuôn mặt|ẩn danh|xóa mờ|làm nhòe|"  // vi
            + "buramkan|samarkan$|menyamarkan|menyamarkan|sembunyikan wajah|anonimkan|"  // id
            + "розмий|розмит|анонімізу|приховати обличчя|приховай обличчя|замалюй|"  // uk
            + "เบลอ|ปิดบังใบหน้า|ปิดหน้า|ไม่ระบุตัวตน|"  // th
            + "محو کن|محو کردن|تار کن|تار کردن|شطرنجی|ناشناس سازی|ناشناسسازی|پنهان کردن چهره|پوشاندن چهره|"  // fa
            + "fifisha|kufifisha|ficha nyuso|kuficha nyuso|tia ukungu|"  // sw
            + "טשטש|טשטוש|לטשטש|הסתרת פנים|להסתיר את הפנים|פיקסול|אנונימיזציה|להשחיר|"  // he
            + "θόλωσ|θόλωμα|θάμπωσ|ανωνυμοποί|απόκρυψη προσώπ|κάλυψε τα πρόσωπα|"  // el
            + "estompa|estompeaz|blura|ascunde fețele|ascunderea fețelor|"  // ro
            + "ঝাপসা|অস্পষ্ট কর|ঢেকে দাও|ঢেকে দিন|মুখ ঢাক"),  // bn

        (Concept.Discuss, "is it legal|legal for|legality|lawful|is it allowed|allowed to use|permitted to|constitutional|court ruling|civil rights|explain|explanation|how does|how do|what is facial|what are the|debate|essay|article|op ed|opinion piece|blog post|editorial|pros and cons|arguments for|arguments against|argue|"
            + "history of|ethics|ethical|policy|policies|regulation|regulate|legislation|law on|laws on|ban on|banned|moratorium|civil liberties|privacy concerns|accuracy|bias|biased|false positive rate|"
            + "research paper|literature review|journalis|news story|news report|press release|headline|summarize the|summarise the|lecture|class on|course on|slides|presentation|report on|overview of|"
            + "explica|debate|ensayo|articulo|etica|regulacion|"
            + "expliqu|debat|essai|article|ethique|reglementation|"
            + "erklar|debatte|aufsatz|artikel|ethik|regulierung|"
            + "expliqu|debate|ensaio|artigo|etica|regulamenta|"
            + "spiega|dibattito|saggio|articolo|etica|regolamenta|"
            + "leg uit|debat|essay|artikel|ethiek|"
            + "wyjaśnij|debat|esej|artykuł|etyk|regulac|"
            + "açıkla|tartış|makale|deneme|etik|"
            + "объясни|объяснить|дебат|эссе|статья|статью|этик|регулирован|"
            + "اشرح|شرح|مقال|نقاش|أخلاقي|"
            + "समझाओ|समझाइए|निबंध|लेख|बहस|"
            + "解释|辩论|文章|伦理|论文|"
            + "説明|議論|記事|倫理|論文|"
            + "설명|토론|기사|윤리|논문|"
            + "giải thích|bài luận|bài báo|bài viết|đạo đức|chính sách|quy định|tranh luận|"  // vi
            + "jelaskan|menjelaskan|penjelasan|esai|artikel|etika|kebijakan|regulasi|peraturan|debat|"  // id
            + "поясни|пояснен|есе$|стаття|статтю|етик|етичн|регулюван|політик|"  // uk
            + "อธิบาย|บทความ|เรียงความ|จริยธรรม|นโยบาย|อภิปราย|ถกเถียง|"  // th
            + "توضیح|مقاله|اخلاق|سیاست|مقررات|قانونگذاری|"  // fa
            + "eleza|kueleza|nieleze|insha|makala|maadili|kanuni|mjadala|"  // sw
            + "הסבר|תסביר|מאמר|אתיקה|מדיניות|רגולציה|חקיקה|ויכוח|דיון|"  // he
            + "εξήγ|εξηγ|άρθρο|δοκίμιο|ηθική|ηθικής|πολιτική$|πολιτικές$|νομοθεσί|συζήτησ|"  // el
            + "explică|eseu|articol|reglementar|politică$|politici$|dezbatere|"  // ro
            + "ব্যাখ্যা|প্রবন্ধ|নিবন্ধ|নৈতিক|নীতি|বিতর্ক|আলোচনা"),  // bn

        (Concept.Fiction, "story|short story|novel$|novels$|novelist|novella|fiction|fictional|screenplay|script for a film|movie script|poem|chapter|the plot|scene where|thriller|sci fi|science fiction|"
            + "cuento|novela|ficcion|guion|poema|"
            + "histoire|roman$|romans$|romane$|romanen$|fiction|scenario|poeme|"
            + "geschichte|roman$|romans$|romane$|romanen$|erzahlung|drehbuch|gedicht|"
            + "historia|contos$|romance|ficcao|roteiro|poema|"
            + "racconto|romanzo|sceneggiatura|poesia|"
            + "verhaal|roman$|romans$|romane$|romanen$|gedicht|"
            + "opowiadanie|powieść|scenariusz|wiersz|"
            + "hikaye|öykü|roman$|romans$|romane$|romanen$|senaryo|şiir|"
            + "рассказ|роман|сценари|стихотворен|"
            + "قصة|رواية|سيناريو|قصيدة|"
            + "कहानी|उपन्यास|कविता|"
            + "小说|故事|剧本|诗|"
            + "小説|物語|脚本|"
            + "소설|이야기|각본|시나리오|"
            + "truyện$|truyện ngắn|tiểu thuyết|kịch bản phim|bài thơ|câu chuyện|"  // vi
            + "cerita|cerpen|fiksi|naskah film|puisi|"  // id
            + "оповідан|сценарі|вірш|вигадан|"  // uk
            + "นิยาย|เรื่องสั้น|บทภาพยนตร์|บทกวี|เรื่องแต่ง|"  // th
            + "داستان|فیلمنامه|شعر$|رمان بنویس|یک رمان|"  // fa
            + "hadithi|riwaya|shairi|tamthilia|bunilizi|"  // sw
            + "סיפור|רומן$|תסריט|"  // he
            + "ιστορία$|διήγημα|μυθιστόρημα|σενάριο|ποίημα|μυθοπλασί|"  // el
            + "poveste|povestire|scenariu|poezie|ficțiune|"  // ro
            + "গল্প|উপন্যাস|কবিতা|চিত্রনাট্য"),  // bn

        (Concept.Roleplay, "pretend|act as|you are now|from now on you|roleplay|role play|imagine you are|as an ai named|stay in character|"
            + "finge$|fingete|fingir|actua como|"
            + "fais semblant|agis comme|"
            + "tu so als|du bist jetzt|"
            + "finja|aja como|"
            + "fingi$|comportati come|"
            + "doe alsof|je bent nu|"
            + "udawaj|jesteś teraz|"
            + "gibi davran|rol yap|"
            + "притворись|представь что ты|ты теперь|"
            + "تظاهر|تصرف ك|"
            + "मान लो|"
            + "假装|扮演|"
            + "ふりをして|なりきって|"
            + "척해|역할|"
            + "giả vờ|đóng vai|nhập vai|hãy tưởng tượng bạn là|"  // vi
            + "berpura pura|pura pura|bertindak sebagai|berperan sebagai|anggap kamu|"  // id
            + "уяви що ти|уяви, що ти|прикинься|вдавай|ти тепер|зіграй роль|"  // uk
            + "แกล้งทำเป็น|สมมติว่าคุณเป็น|สวมบทบาท|เล่นบทบาท|"  // th
            + "وانمود کن|نقش بازی کن|فرض کن تو|فرض کن که تو|تو اکنون|"  // fa
            + "jifanye|igiza|fikiria wewe ni|"  // sw
            + "העמד פנים|תעמיד פנים|להעמיד פנים|שחק את התפקיד|אתה עכשיו|דמיין שאתה|תתנהג כמו|"  // he
            + "προσποιήσ|υποδύσου|παίξε το ρόλο|είσαι τώρα|φαντάσου ότι είσαι|"  // el
            + "prefă te|joacă rolul|imaginează ți că ești|acum ești|"  // ro
            + "ভান কর|অভিনয় কর|ধরে নাও তুমি|তুমি এখন"),  // bn

        (Concept.NotFace, "face shape|face shapes|face mask|face masks|facial hair|facial expression|facial expressions|face cream|facial treatment|"
            + "face wash|face paint|face value|face to face|in the face of|about face|face the|faces the|face a$|face an$|facing|face up to|face down|"
            + "forma de la cara|forme du visage|gesichtsform|formato do rosto|forma del viso|gezichtsvorm|kształt twarzy|yüz şekli|форма лица|脸型|顔の形|얼굴형|"
            + "העמד פנים|תעמיד פנים|להעמיד פנים|מעמיד פנים|פנים אל פנים|משרד הפנים|בפנים$|לפנים$"),  // he

        (Concept.NotLaw, "executive officer|protection officer|compliance officer|financial officer|operating officer|technology officer|information officer|"
            + "security officer|medical officer|loan officer|petty officer|commanding officer|privacy officer|marketing officer|press officer|customs officer|"
            + "officer of the company|data officer|safety officer|welfare officer|"
            + "nomor polisi"),  // id

        (Concept.Negation, "without|never$|does not|doesn't|will not|won't|cannot|can't|not$|do not|don't|dont$|must not|mustn't|should not|shouldn't|not to|no one|nobody|prohibit|forbid|"
            + "sin$|nunca|no$|sans$|jamais|ne pas|ohne$|nicht$|niemals|sem$|nao$|senza$|mai$|non$|zonder$|niet$|nooit|bez$|nie$|nigdy|"
            + "olmadan|asla$|без$|никогда|не$|بدون|لا تقم|बिना|मत$|不要|禁止|不得|しないで|せずに|하지 말|없이|금지|"
            + "không$|đừng nhận diện|không nhận diện|không được nhận diện|"  // vi
            + "tanpa$|jangan$|tidak$|bukan$|tak$|"  // id
            + "ніколи|"  // uk
            + "โดยไม่|ห้าม|ไม่ต้อง|ไม่ควร|อย่าระบุ|"  // th
            + "هرگز|نکن|نباید|"  // fa
            + "bila kutambua|bila kumtambua|bila kuwatambua|kamwe|usimtambue|usiwatambue|"  // sw
            + "בלי$|ללא$|מבלי$|לעולם לא|אל ת|אסור|"  // he
            + "χωρίς$|ποτέ$|μην$|δεν$|μη$|"  // el
            + "fără$|niciodată|nu$|"  // ro
            + "ছাড়া|না$|নয়$|কখনো|কখনও"),  // bn

        (Concept.NegationAfter, "not needed|not required|not necessary|is unnecessary|no one|nobody|"
            + "niet nodig|niemand|nicht notig|nicht erforderlich|nicht notwendig|niemanden|pas necessaire|nadie|ninguem|nessuno|"
            + "не нужно|не надо|не требуется|никого|не потрібно|не треба|нікого|gerek yok|gerekmiyor|gerekmez|"
            + "नहीं$|मत$|না$|নয়$|"  // hi, bn: the verb's negation follows it
            + "必要はありません|必要ありません|必要はない|必要ない|しないでください|しないで|しません|不要です|"  // ja
            + "필요 없|필요는 없|필요없|않아도|마세요|마십시오|않습니다"),  // ko

        (Concept.PoliceArtifact, "bodycam|body cam|body camera|body worn|bodyworn|booking photo|mugshot|mug shot|arrest warrant|warrant$|warrants$|police report|incident report|case file|"
            + "chain of custody|witness statement|use of force|lineup|line up|evidence room|patrol car|squad car|police car|wanted persons file|"
            + "camara corporal|declaracion del testigo|informe policial|atestado|camera pieton|proces verbal|fichier des personnes recherchees|"
            + "strafanzeige|fahndungs|einsatzbericht|camera corporal|boletim de ocorrencia|verbale|foto segnaletic|proces verbaal|aangifte|"
            + "kamera nasobn|notatk|yaka kamera|tutanak|нагрудн|рапорт|протокол задержания|كاميرا الجسم|محضر|बॉडी कैमरा|एफआईआर|"
            + "执法记录仪|笔录|指名手配|ボディカメラ|ウェアラブルカメラ|調書|바디캠|수배|"
            + "lệnh bắt|biên bản|camera đeo người|"  // vi
            + "surat perintah penangkapan|laporan polisi|berita acara|"  // id
            + "ордер на арешт|протокол затримання|"  // uk
            + "หมายจับ|บันทึกประจำวัน|รถสายตรวจ|"  // th
            + "حکم جلب|حکم بازداشت|گزارش پلیس|"  // fa
            + "hati ya kukamatwa|ripoti ya polisi|taarifa ya polisi|"  // sw
            + "צו מעצר|צו חיפוש|דוח משטרה|ניידת|"  // he
            + "ένταλμα|δικογραφ|αστυνομική αναφορά|περιπολικό|"  // el
            + "mandat de arestare|proces verbal|cameră de corp|"  // ro
            + "গ্রেফতারি পরোয়ানা|গ্রেপ্তারি পরোয়ানা|ওয়ারেন্ট|পুলিশ রিপোর্ট|বডি ক্যামেরা"),  // bn

        (Concept.Plate, "license plate|licence plate|number plate|plate number|registration plate|anpr|alpr|lpr$|plate reader|"
            + "matricula|placa del|placa de|plaque d'immatriculation|immatriculation|kennzeichen|nummernschild|placa do carro|placa de carro|targa|kenteken|"
            + "tablica rejestracyjn|numer rejestracyjn|plaka|номерной знак|номер машины|госномер|لوحة الترخيص|لوحة السيارة|नंबर प्लेट|车牌|ナンバープレート|번호판|"
            + "biển số|"  // vi
            + "plat nomor|pelat nomor|nomor polisi|nomor kendaraan|"  // id
            + "номерний знак|номерного знака|номерні знаки|номер автомобіля|номер машини|"  // uk
            + "ป้ายทะเบียน|ทะเบียนรถ|"  // th
            + "پلاک|"  // fa
            + "namba ya gari|nambari ya usajili|bamba la namba|"  // sw
            + "לוחית רישוי|לוחיות רישוי|מספר רכב|מספר הרכב|לוחית זיהוי|"  // he
            + "πινακίδα|πινακίδες|πινακίδας|αριθμός κυκλοφορίας|αριθμό κυκλοφορίας|"  // el
            + "număr de înmatriculare|numărul de înmatriculare|plăcuța de înmatriculare|înmatricular|"  // ro
            + "নম্বর প্লেট|নাম্বার প্লেট|লাইসেন্স প্লেট"),  // bn

        // ---------- the second rule's other side: fixed cameras and controlled settings ----------
        (Concept.FixedCamera, "cctv|closed circuit|fixed camera|fixed cameras|fixed cam$|static camera|stationary camera|wall mounted|ceiling mounted|ceiling camera|pole mounted|pole camera|pole cam$|"
            + "security camera|security cameras|security cam$|surveillance camera|surveillance cameras|ip camera|ip cameras|doorbell camera|doorbell cam$|video doorbell|dome camera|ptz camera|traffic camera|traffic cameras|"
            + "cámara fija|cámaras fijas|cámara de seguridad|cámaras de seguridad|cámara de vigilancia|cámaras de vigilancia|videovigilancia|circuito cerrado|"  // es
            + "caméra fixe|caméras fixes|caméra de surveillance|caméras de surveillance|vidéosurveillance|vidéoprotection|caméra de sécurité|caméras de sécurité|"  // fr
            + "feste kamera|fest installierte kamera|stationäre kamera|stationären kamera|überwachungskamera|videoüberwachung|sicherheitskamera|"  // de
            + "câmera fixa|câmeras fixas|câmara fixa|câmera de segurança|câmeras de segurança|câmera de vigilância|câmaras de vigilância|videovigilância|circuito fechado|"  // pt
            + "telecamera fissa|telecamere fisse|telecamera di sicurezza|telecamere di sicurezza|telecamera di sorveglianza|telecamere di sorveglianza|videosorveglianza|circuito chiuso|"  // it
            + "vaste camera|vaste camera's|beveiligingscamera|bewakingscamera|camerabewaking|"  // nl
            + "kamera stacjonarna|kamery stacjonarne|stała kamera|kamera monitoringu|kamery monitoringu|monitoring miejski|kamera bezpieczeństwa|"  // pl
            + "sabit kamera|güvenlik kamera|mobese|"  // tr
            + "стационарная камера|стационарные камеры|стационарной камер|видеонаблюден|камера наблюдения|камеры наблюдения|"  // ru
            + "стаціонарна камера|стаціонарні камери|відеоспостереж|камера спостереження|камери спостереження|"  // uk
            + "كاميرا ثابتة|كاميرات ثابتة|كاميرا مراقبة|كاميرات مراقبة|كاميرات المراقبة|الدائرة المغلقة|الدوائر التلفزيونية المغلقة|"  // ar
            + "स्थिर कैमरा|सीसीटीवी|सुरक्षा कैमरा|निगरानी कैमरा|"  // hi
            + "固定摄像头|监控摄像头|监控摄像机|闭路电视|安防摄像头|"  // zh
            + "固定カメラ|防犯カメラ|監視カメラ|"  // ja
            + "고정 카메라|고정카메라|방범 카메라|방범카메라|감시 카메라|감시카메라|"  // ko
            + "camera cố định|camera an ninh|camera giám sát|"  // vi
            + "kamera tetap|kamera statis|kamera keamanan|kamera pengawas|"  // id
            + "กล้องวงจรปิด|กล้องติดตั้งถาวร|กล้องรักษาความปลอดภัย|"  // th
            + "دوربین ثابت|دوربین مداربسته|دوربین های مداربسته|مداربسته|دوربین امنیتی|"  // fa
            + "kamera za usalama|kamera ya usalama|kamera zisizohamishika|kamera isiyohamishika|"  // sw
            + "מצלמה קבועה|מצלמות קבועות|מצלמת אבטחה|מצלמות אבטחה|מצלמות מעקב|"  // he
            + "σταθερή κάμερα|σταθερές κάμερες|κάμερα ασφαλείας|κάμερες ασφαλείας|κάμερες παρακολούθησης|κλειστό κύκλωμα|"  // el
            + "cameră fixă|camere fixe|cameră de supraveghere|camere de supraveghere|camera de supraveghere|cameră de securitate|circuit închis|"  // ro
            + "স্থির ক্যামেরা|সিসিটিভি|নিরাপত্তা ক্যামেরা|নজরদারি ক্যামেরা"),  // bn

        (Concept.ControlledSetting, "custody suite|custody area|custody desk|custody cell|custody sergeant|in custody|booking desk|booking area|booking room|booking counter|booking station|intake desk|intake area|"
            + "interview room|interview suite|interrogation room|holding cell|holding cells|holding area|police cell|jail cell|prison cell|cell block|cellblock|police station|station house|"
            + "prison$|prisons$|jail$|jails$|gaol$|detention centre|detention center|detention facility|correctional facility|visiting room|controlled environment|controlled setting|controlled conditions|"
            + "sala de custodia|calabozo|calabozos|sala de interrogatorio|sala de interrogatorios|sala de entrevistas|comisaría|celda$|celdas$|prisión|cárcel|centro de detención|entorno controlado|bajo custodia|"  // es
            + "garde à vue|cellule de garde|salle d'audition|salle d'interrogatoire|commissariat|maison d'arrêt|centre de rétention|centre pénitentiaire|environnement contrôlé|"  // fr
            + "gewahrsam|arrestzelle|haftzelle|vernehmungsraum|verhörraum|polizeiwache|polizeirevier|polizeidienststelle|gefängnis|justizvollzugsanstalt|haftanstalt|kontrollierte umgebung|erkennungsdienst|"  // de
            + "sala de custódia|cela$|celas$|sala de interrogatório|delegacia|esquadra|presídio|prisão|ambiente controlado|"  // pt
            + "camera di sicurezza|sala interrogatori|questura|commissariato|carcere|prigione|ambiente controllato|"  // it
            + "cellencomplex|ophoudkamer|verhoorkamer|politiebureau|gevangenis|gecontroleerde omgeving|"  // nl
            + "pokój przesłuchań|komisariat|więzienie|więzieniu|areszcie|izba zatrzymań|kontrolowane środowisko|"  // pl
            + "nezarethane|nezarethanede|sorgu odası|karakol|cezaevi|hapishane|kontrollü ortam|"  // tr
            + "изолятор|сизо$|допросн|комната для допросов|отделение полиции|отдел полиции|отделе полиции|тюрьм|контролируемой среде|"  // ru
            + "ізолятор|кімната для допиту|кімнаті для допиту|відділок|відділку|відділення поліції|в'язниц|контрольованому середовищі|"  // uk
            + "غرفة التحقيق|زنزانة|مركز الشرطة|قسم الشرطة|مخفر|السجن|بيئة خاضعة للرقابة|"  // ar
            + "हिरासत|पूछताछ कक्ष|थाना|थाने|पुलिस स्टेशन|जेल|नियंत्रित वातावरण|"  // hi
            + "拘留室|看守所|审讯室|询问室|派出所|公安局|监狱|羁押|受控环境|"  // zh
            + "留置場|取調室|警察署|刑務所|拘置所|管理された環境|"  // ja
            + "유치장|조사실|취조실|경찰서|교도소|구치소|통제된 환경|"  // ko
            + "phòng tạm giữ|buồng tạm giam|trại tạm giam|phòng hỏi cung|phòng thẩm vấn|đồn công an|trụ sở công an|nhà tù|trại giam|môi trường kiểm soát|"  // vi
            + "ruang tahanan|sel tahanan|rumah tahanan|ruang interogasi|ruang pemeriksaan|kantor polisi|polsek$|polres$|penjara|lapas$|lingkungan terkendali|"  // id
            + "ห้องขัง|ห้องสอบสวน|สถานีตำรวจ|โรงพัก|เรือนจำ|สภาพแวดล้อมที่ควบคุม|"  // th
            + "بازداشتگاه|اتاق بازجویی|کلانتری|زندان|محیط کنترل شده|"  // fa
            + "mahabusu|chumba cha mahojiano|kituo cha polisi|gereza|magereza|mazingira yaliyodhibitiwa|"  // sw
            + "תא מעצר|תאי מעצר|חדר חקירות|תחנת משטרה|בית סוהר|כלא$|סביבה מבוקרת|"  // he
            + "κρατητήρι|αίθουσα ανάκρισης|αστυνομικό τμήμα|φυλακή|φυλακές|ελεγχόμενο περιβάλλον|"  // el
            + "camera de arest|celula de arest|sala de audieri|camera de audieri|secția de poliție|secție de poliție|închisoare|penitenciar|mediu controlat|"  // ro
            + "হেফাজতে|জিজ্ঞাসাবাদ কক্ষ|থানা|থানায়|কারাগার|জেলখানা|নিয়ন্ত্রিত পরিবেশ"),  // bn
    ];
}
