namespace PolicyGateway.Intent.Lexicon;

/// <summary>
/// The multilingual lexicon, written by hand. Each line is one concept and a '|'-separated list of terms.
/// Terms are folded by <see cref="Normalization.CharFolder"/> when the matcher is built, so they may be written
/// with their natural diacritics. A term matches at the start of a word and may continue into the rest of the
/// word, which is how the stems ("identif", "reconoc", "распознава") cover inflections; a trailing '$' demands a
/// whole word. Terms in scripts written without spaces (CJK, kana, hangul, Arabic with its attached clitics)
/// match anywhere.
/// </summary>
internal static class LexiconData
{
    public static readonly (Concept Concept, string Terms)[] Lines =
    [
        // ---------- faces ----------
        (Concept.Face, "face$|faces$|facial|faced$|headshot|head shot|mugshot|mug shot|selfie|"
            + "cara$|caras$|rostro|facial|"                        // es
            + "visage|"                                    // fr ("figure" is informal for face)
            + "gesicht|"                                           // de
            + "rosto|"                                             // pt
            + "volto|volti$|viso$|visi$|facciale|"                 // it
            + "gezicht|"                                           // nl
            + "twarz|twarzy|twarze|"                               // pl
            + "yüz$|yüzü|yüzün|yüzle|yüzler|"                      // tr
            + "лицо|лица$|лиц$|лицам|лицами|лицах|лицевой|лицевые|"  // ru
            + "وجه|وجوه|الوجه|"                                    // ar
            + "चेहरा|चेहरे|"                                       // hi
            + "人脸|脸|面部|面孔|容貌|"                              // zh
            + "顔|"                                                 // ja
            + "얼굴"),                                              // ko

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
            + "얼굴 인식|얼굴인식|안면 인식|안면인식|얼굴 대조"),

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
            + "얼굴 데이터베이스|얼굴 임베딩"),

        // ---------- acts ----------
        (Concept.Identify, "identif|recogni|re identif|reidentif|"
            + "reconoc|reconoz|"
            + "reconna|"
            + "erkenn|identifizier|"
            + "reconhec|"
            + "riconosc|"
            + "herken|"
            + "rozpozna|zidentyfikuj|identyfik|"
            + "tanı|tanim|teşhis|kimlik|"
            + "опозна|распозна|идентифиц|"
            + "تعرف|التعرف|تحديد هوية|هوية|"
            + "पहचान|"
            + "识别|辨认|认出|辨识|识别出|"
            + "識別|特定して|特定する|特定でき|認識|"
            + "식별|인식|신원"),

        (Concept.WhoIs, "put names|put a name|determine who|establish who|identify who|work out who|who the suspect|who the man|who the woman|who the person|who the guy|"
            + "назови их|назови его|назови её|какие люди|что за люди|что за человек|name everyone|name every|name all the|name each|name the people|name the person|name the man|name the woman|name them|names of everyone|names of all|the name of anyone|name of anyone|name of everyone|name of whoever|who this|who that|who these|who those|who does|who do$|whose|identities|candidate identit|who might|who could this|who could that|who would this be|who do you think|who this might be|"
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
            + "誰|身元|"
            + "누구|신원"),

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
            + "같은 사람|동일인|동일 인물"),

        (Concept.Same, "the same$|identical|same one|one and the same|lo mismo|la misma|el mismo|le meme|la meme|derselbe|dieselbe|das gleiche|o mesmo|a mesma|lo stesso|la stessa|dezelfde|hetzelfde|ten sam|ta sama|aynı|тот же|та же|один и тот же|نفسه|نفس|वही|同一|同じ|같은|동일"),

        (Concept.Match, "match|ping$|pings$|notify|similarity|similarity score|similarity ranking|compare|comparison|cross reference|crossreference|cross check|crosscheck|check against|checked against|run against|run it against|run them against|"
            + "look up|lookup|look it up|look them up|look him up|look her up|run it through|search|find him|find her|find them|locate him|locate her|track|tracking|flag|tag$|tag every|tag each|alert|"
            + "coincid|compar|busca|buscar|cotej|"
            + "correspond|rapproch|recherch|"
            + "abgleich|vergleich|gleiche die|gleiche das|gleicht die|"
            + "comparar|procur|"
            + "confront|corrispond|cercare|"
            + "vergelijk|zoek|koppel|"
            + "porówna|dopasow|wyszuk|"
            + "eşleş|karşılaştır|"
            + "сравн|сопостав|сверить|сверк|поиск|найти|"
            + "مطابق|قارن|مقارنة|بحث|ابحث|"
            + "मिलान|तुलना|खोज|"
            + "比对|匹配|比较|搜索|查找|对比|"
            + "照合|比較|検索|"
            + "대조|비교|매칭|검색"),

        (Concept.Person, "everyone|everybody|lady|ladies|bloke|dude|chap$|fellow|kid$|kids$|child|teen|gentleman|lad$|manifestant|demonstrant|manifestanti|protestujac|göstericiler|протестующ|демонстрант|المتظاهر|प्रदर्शनकारी|抗议者|示威者|デモ参加者|시위대|person|people|man$|men$|woman|women|guy$|guys$|girl|boy$|individual|individuals|suspect|suspects|someone|somebody|anyone|"
            + "him$|her$|he$|she$|subject$|driver|passenger|protester|protesters|pedestrian|passerby|passersby|stranger|"
            + "persona|personas|hombre|mujer|individuo|sospechoso|"
            + "personne|homme|femme|individu|suspect|"
            + "mann$|frau$|verdacht|"
            + "pessoa|homem|mulher|suspeito|"
            + "uomo|donna|sospett|"
            + "persoon|verdachte|"
            + "osoba|osoby|osobę|mężczyzn|kobiet|podejrzan|"
            + "kişi|kisi|adam$|kadın|şüpheli|"
            + "человек|мужчин|женщин|подозреваем|"
            + "شخص|الشخص|رجل|الرجل|امرأة|مشتبه|"
            + "व्यक्ति|आदमी|औरत|संदिग्ध|"
            + "人物|男子|女子|这个人|此人|嫌疑人|男人|女人|每个人|所有人|行人|路人|人员|某人|"
            + "人物|男性|女性|容疑者|この人|"
            + "사람|남자|여자|인물|용의자"),

        (Concept.Visual, "camara|kamera|telecamer|камер|كاميرا|कैमरा|摄像|カメラ|카메라|photo|photograph|picture|pic$|pics$|image|img$|frame$|frames$|footage|video|still$|stills$|screenshot|snapshot|cctv|camera|camera feed|feed$|"
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
            + "사진|이미지|영상"),

        (Concept.Deictic, "this photo|this picture|this image|this pic|this frame|this still|this screenshot|this video|this footage|this person|this man|this woman|this guy|this face|"
            + "these photos|these pictures|these images|these two|these faces|the photo|the picture|the image|the attached|attached|"
            + "image 1|image 2|image one|image two|photo 1|photo 2|first image|second image|first photo|second photo|left photo|right photo|"
            + "above image|image above|photo above|below image|the two photos|both photos|both images|in the frame|"
            + "esta foto|esta imagen|esta persona|este hombre|adjunt|"
            + "cette photo|cette image|cette personne|cet homme|ci joint|"
            + "dieses foto|diesem foto|dieses bild|diesem bild|diese person|dieser mann|angehangt|anhang|"
            + "nesta foto|esta pessoa|este homem|anexo|"
            + "questa foto|questa immagine|questa persona|quest'uomo|allegat|"
            + "deze foto|deze afbeelding|deze persoon|bijgevoegd|"
            + "to zdjęcie|tym zdjęciu|na zdjęciu|ta osoba|załącz|"
            + "bu fotoğraf|bu resim|bu kişi|bu adam|ekteki|"
            + "это фото|этом фото|на фото|этот человек|на снимке|этой фотографии|прикреплен|"
            + "هذه الصورة|في الصورة|المرفقة|"
            + "इस फोटो|इस तस्वीर|यह व्यक्ति|"
            + "这张照片|这张图|图中|照片中|照片里|"
            + "この写真|この画像|写真の|"
            + "이 사진|사진 속|사진의"),

        (Concept.Build, "build|implement|write code|write a script|write a function|write a program|code for|code that|code to|python|script|pipeline|function$|endpoint|api$|sdk$|library|"
            + "train a|train the|train my|train our|training|trained|tune|tuning|improve|optimi|threshold|false match|false reject|fine tune|finetune|deploy|integrat|set up|setup|configure|model for|system that|system to|service that|microservice|dockerfile|opencv|pytorch|tensorflow|numpy|"
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
            + "개발|구현|구축|코드"),

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
            + "수배자|수배|용의자 데이터베이스|전과자|감시 목록"),

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
            + "데이터베이스"),

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
            + "용의자|범죄자"),

        // ---------- context labels ----------
        (Concept.Realtime, "anyone they look at|whoever they look at|everyone they look at|feed$|feeds$|walks by|walk by|walk past|walks past|walking past|walking by|passes by|pass by|passing by|live$|live drone|within a second|within seconds|the moment they|as soon as they|real time|realtime|live facial|live face|live video|live cctv|live monitoring|live identification|live matching|live scan|live mode|live fr$|go live|livestream|live stream|live feed|live video|live camera|live footage|streaming|stream$|streams$|continuous|continuously|"
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
            + "실시간|라이브 영상"),

        (Concept.NotRealtime, "live in|live at|live with|live on|live near|live there|live here|live together|to live|i live|we live|they live|you live|who live|people live|live a$|live their|live his|live her|live our|live my|live your|live life|not in real time|not real time|not realtime|non real time|not live$|no real time|no live|after the fact|retrospective|retrospectively|afterwards|archived footage|"
            + "no en tiempo real|pas en temps reel|nicht in echtzeit|nao em tempo real|non in tempo reale"),

        (Concept.MobileCamera, "axon$|axon cam|point the phone|point their phone|point his phone|point her phone|point your phone|phone at|camara del coche|camara del auto|camara del carro|bodycam|body cam|body camera|body cameras|body worn|bodyworn|body mounted|chest camera|chest cam|wearable camera|lapel camera|"
            + "dashcam|dash cam|dash camera|dash mounted|dashboard camera|in car camera|in car video|incar|vehicle camera|vehicle mounted|car camera|cruiser camera|patrol car camera|squad car camera|"
            + "drone|drones|uav$|uas$|quadcopter|helicopter camera|"
            + "handheld camera|handheld device|phone camera|smartphone camera|mobile camera|mobile phone camera|officer's phone|officers' phones|their phones|smart glasses|smartglasses|"
            + "axon body|axon flex|watchguard|getac|digital ally|arbitrator|wolfcom|"
            + "camara corporal|camaras corporales|camara personal|camara de tablero|camara del vehiculo|dron$|drones|camara movil|telefono movil|"
            + "camera pieton|cameras pietons|camera corporelle|cameras corporelles|camera embarquee|camera de tableau de bord|drone|"
            + "korperkamera|korperkameras|bodycams|dashcams|fahrzeugkamera|drohne|handykamera|"
            + "camera corporal|cameras corporais|camera veicular|camera de painel|"
            + "telecamera indossabile|telecamere indossabili|bodycam|telecamera di bordo|"
            + "bodycam|dashcam|bodycamera|"
            + "kamera nasobna|kamery nasobne|kamerka nasobna|wideorejestrator|kamera samochodowa|dron$|"
            + "yaka kamera|vücut kamera|araç kamera|araç içi kamera|"
            + "нагрудн|носим|видеорегистратор|дрон|беспилотник|бодикам|"
            + "كاميرا الجسم|كاميرات الجسم|كاميرا محمولة|كاميرا السيارة|طائرة مسيرة|طائرات مسيرة|"
            + "बॉडी कैमरा|बॉडी कैम|डैशकैम|ड्रोन|"
            + "执法记录仪|随身摄像头|车载摄像头|行车记录仪|无人机|随身摄像机|"
            + "ウェアラブルカメラ|ボディカメラ|ボディーカメラ|ドライブレコーダー|車載カメラ|ドローン|"
            + "바디캠|바디 캠|블랙박스|차량용 카메라|드론|웨어러블 카메라"),

        (Concept.InTheWild, "passer by|passers by|marching|marched|plaza|plazas|volksfest|fairground|street|streets|crowd|crowds|protest|protests|protester|protesters|rally|rallies|demonstration|demonstrators|marchers|"
            + "public place|public places|public space|public spaces|in public|passersby|passerby|pedestrian|pedestrians|bystander|"
            + "stadium|train station|subway|metro station|mall$|malls$|shopping center|town square|city square|festival|concert|parade|sidewalk|downtown|city center|neighborhood|neighbourhood|"
            + "on patrol|patrol|patrolling|in the wild|uncontrolled|traffic stop|on the beat|"
            + "calle|calles|multitud|protesta|manifestacion|manifestantes|via publica|lugares publicos|espacio publico|patrulla|"
            + "rue$|rues$|foule|manifestation|manifestants|espace public|lieux publics|voie publique|en patrouille|patrouille|"
            + "streife|strasse|strassen|straße|menschenmenge|menge$|demonstration|demonstranten|offentlichen raum|offentlichen platzen|streife|"
            + "rua$|ruas$|multidao|protesto|manifestacao|manifestantes|espaco publico|patrulha|"
            + "strada|strade|folla|protesta|manifestazione|manifestanti|spazi pubblici|luoghi pubblici|pattuglia|"
            + "straat|straten|menigte|demonstratie|demonstranten|openbare ruimte|"
            + "ulic|tłum|protest|manifestacj|demonstracj|przestrzeni publicznej|patrol|"
            + "sokak|cadde|kalabalık|protesto|gösteri|kamusal alan|devriye|"
            + "улиц|толп|протест|митинг|демонстрац|общественн|патрул|"
            + "الشارع|شوارع|حشد|الحشود|احتجاج|مظاهر|الأماكن العامة|دورية|"
            + "सड़क|भीड़|विरोध प्रदर्शन|प्रदर्शन|सार्वजनिक|गश्त|"
            + "街头|街上|人群|抗议|示威|公共场所|巡逻|"
            + "街頭|路上|群衆|人混み|デモ|公共の場|パトロール|"
            + "거리|군중|시위|공공장소|순찰"),

        (Concept.LawStrong, "police|officer$|officers$|officer's|officers'|policeman|policemen|policewoman|cop$|cops$|sheriff|deputies|law enforcement|trooper|troopers|precinct|constable|constabulary|gendarmerie|"
            + "fbi$|dea$|atf$|cbp$|border patrol|homeland security|state patrol|highway patrol|swat$|detective|detectives|police officer|police officers|"
            + "policia|policial|agentes|guardia civil|fuerzas de seguridad|carabineros|"
            + "police|policier|policiers|gendarme|forces de l'ordre|"
            + "polizei|polizist|landespolizei|bundespolizei|kriminalpolizei|strafverfolgung|ermittler|streifenpolizist|"
            + "policia|policial|policiais|delegacia|"
            + "polizia|poliziott|carabinieri|forze dell'ordine|"
            + "politie|politieagent|opsporing|"
            + "policj|policjan|funkcjonariusz|organy ścigania|"
            + "polis$|polise|polisi|emniyet|jandarma|kolluk|"
            + "полиц|полицейск|правоохранит|следовател|мвд$|"
            + "الشرطة|شرطة|الشرطي|رجال الأمن|جهات إنفاذ القانون|إنفاذ القانون|"
            + "पुलिस|कानून प्रवर्तन|"
            + "警察|公安|执法|警方|民警|"
            + "警察|警官|"
            + "경찰|수사기관"),

        (Concept.LawWeak, "jury|court|trial|prosecutor|defendant|eyewitness|investigator|investigators|arrest|arrests|arrested|suspect|suspects|crime|crimes|criminal|investigation|incident report|case file|evidence|warrant|booking|custody|"
            + "patrol|detain|prosecut|offender|inmate|jail|prison|felony|misdemeanor|use of force|traffic stop|dispatch|911|"
            + "detenido|detencion|delito|investigacion|sospechoso|"
            + "arrestation|enquete|delit|suspect|"
            + "festnahme|verhaftung|ermittlung|straftat|verdachtig|streife|fahndung|"
            + "prisao|crime|investigacao|suspeito|"
            + "arresto|indagine|reato|sospett|"
            + "arrestatie|onderzoek|misdrijf|verdachte|"
            + "aresztow|zatrzyman|przestępst|śledztw|podejrzan|"
            + "gözaltı|tutukla|suç|soruşturma|şüpheli|"
            + "арест|задержан|преступлен|расследован|подозреваем|"
            + "اعتقال|جريمة|تحقيق|مشتبه|"
            + "गिरफ्तार|अपराध|जांच|संदिग्ध|"
            + "逮捕|犯罪|调查|嫌疑人|拘留|"
            + "逮捕|犯罪|捜査|容疑者|"
            + "체포|범죄|수사|용의자"),

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
            + "감지|검출|세어"),

        (Concept.Redact, "blur|blurring|blurred|redact|redaction|redacting|pixelat|anonymi|de identif|deidentif|obscure|obfuscat|mask the faces|mask faces|mask out|black out|blackout|censor|privacy filter|"
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
            + "블러|모자이크|흐리게|익명화"),

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
            + "설명|토론|기사|윤리|논문"),

        (Concept.Fiction, "story|short story|novel|fiction|fictional|screenplay|script for a film|movie script|poem|chapter|the plot|scene where|thriller|sci fi|science fiction|"
            + "cuento|novela|ficcion|guion|poema|"
            + "histoire|roman|fiction|scenario|poeme|"
            + "geschichte|roman|erzahlung|drehbuch|gedicht|"
            + "historia|conto|romance|ficcao|roteiro|poema|"
            + "racconto|romanzo|sceneggiatura|poesia|"
            + "verhaal|roman|gedicht|"
            + "opowiadanie|powieść|scenariusz|wiersz|"
            + "hikaye|öykü|roman|senaryo|şiir|"
            + "рассказ|роман|сценари|стихотворен|"
            + "قصة|رواية|سيناريو|قصيدة|"
            + "कहानी|उपन्यास|कविता|"
            + "小说|故事|剧本|诗|"
            + "小説|物語|脚本|"
            + "소설|이야기|각본|시나리오"),

        (Concept.Roleplay, "pretend|act as|you are now|from now on you|roleplay|role play|imagine you are|as an ai named|stay in character|"
            + "finge|actua como|"
            + "fais semblant|agis comme|"
            + "tu so als|du bist jetzt|"
            + "finja|aja como|"
            + "fingi|comportati come|"
            + "doe alsof|je bent nu|"
            + "udawaj|jesteś teraz|"
            + "gibi davran|rol yap|"
            + "притворись|представь что ты|ты теперь|"
            + "تظاهر|تصرف ك|"
            + "मान लो|"
            + "假装|扮演|"
            + "ふりをして|なりきって|"
            + "척해|역할"),

        (Concept.NotFace, "face shape|face shapes|face mask|face masks|facial hair|facial expression|facial expressions|face cream|facial treatment|"
            + "face wash|face paint|face value|face to face|in the face of|about face|face the|faces the|face a$|face an$|facing|face up to|face down|"
            + "forma de la cara|forme du visage|gesichtsform|formato do rosto|forma del viso|gezichtsvorm|kształt twarzy|yüz şekli|форма лица|脸型|顔の形|얼굴형"),

        (Concept.NotLaw, "executive officer|protection officer|compliance officer|financial officer|operating officer|technology officer|information officer|"
            + "security officer|medical officer|loan officer|petty officer|commanding officer|privacy officer|marketing officer|press officer|customs officer|"
            + "officer of the company|data officer|safety officer|welfare officer|"),

        (Concept.Negation, "without|never|does not|doesn't|will not|won't|cannot|can't|not$|do not|don't|dont$|must not|mustn't|should not|shouldn't|not to|no one|nobody|prohibit|forbid|"
            + "sin$|nunca|no$|sans$|jamais|ne pas|ohne$|nicht$|niemals|sem$|nao$|senza$|mai$|non$|zonder$|niet$|nooit|bez$|nie$|nigdy|"
            + "olmadan|asla|без$|никогда|не$|بدون|لا تقم|बिना|मत$|不要|禁止|不得|しないで|せずに|하지 말|없이|금지"),

        (Concept.PoliceArtifact, "bodycam|body cam|body camera|body worn|bodyworn|booking photo|mugshot|mug shot|arrest warrant|warrant$|warrants$|police report|incident report|case file|"
            + "chain of custody|witness statement|use of force|lineup|line up|evidence room|patrol car|squad car|police car|wanted persons file|"
            + "camara corporal|declaracion del testigo|informe policial|atestado|camera pieton|proces verbal|fichier des personnes recherchees|"
            + "strafanzeige|fahndungs|einsatzbericht|camera corporal|boletim de ocorrencia|verbale|foto segnaletic|proces verbaal|aangifte|"
            + "kamera nasobn|notatk|yaka kamera|tutanak|нагрудн|рапорт|протокол задержания|كاميرا الجسم|محضر|बॉडी कैमरा|एफआईआर|"
            + "执法记录仪|笔录|指名手配|ボディカメラ|ウェアラブルカメラ|調書|바디캠|수배"),

        (Concept.Plate, "license plate|licence plate|number plate|plate number|registration plate|anpr|alpr|lpr$|plate reader|"
            + "matricula|placa del|placa de|plaque d'immatriculation|immatriculation|kennzeichen|nummernschild|placa do carro|placa de carro|targa|kenteken|"
            + "tablica rejestracyjn|numer rejestracyjn|plaka|номерной знак|номер машины|госномер|لوحة الترخيص|لوحة السيارة|नंबर प्लेट|车牌|ナンバープレート|번호판"),
    ];
}
