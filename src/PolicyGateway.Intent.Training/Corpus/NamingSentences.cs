namespace PolicyGateway.Intent.Training.Corpus;

/// <summary>
/// Sentences that name facial recognition as the tool of an ask, in each corpus language. The writers name the
/// technology mostly when they talk about it and use plain words when they ask, so a model trained on them read the
/// name as a sign of talk: "Tell me who this suspect is." was denied and the same ask with "Use facial recognition
/// to" in front of it was forwarded. Added to requests that ask for facial recognition, they teach that naming the
/// tool does not make an ask a discussion. <see cref="Training"/> is learned; <see cref="Probe"/> is other wording,
/// kept out of training, that the invariance probe adds to measure whether the lesson generalises.
/// </summary>
public static class NamingSentences
{
    public static readonly IReadOnlyDictionary<string, string[]> Training = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["en"] = ["Use facial recognition for this.", "Run it through face recognition.", "Do it with facial recognition software."],
        ["fr"] = ["Utilise la reconnaissance faciale pour cela.", "Passe-le par la reconnaissance faciale.", "Fais-le avec un logiciel de reconnaissance faciale."],
        ["de"] = ["Nutze dafür Gesichtserkennung.", "Lass es durch die Gesichtserkennung laufen.", "Mach das mit einer Gesichtserkennungssoftware."],
        ["es"] = ["Usa reconocimiento facial para esto.", "Pásalo por el reconocimiento facial.", "Hazlo con un software de reconocimiento facial."],
        ["ko"] = ["이 작업에는 얼굴 인식을 사용해 줘.", "얼굴 인식으로 돌려 줘.", "얼굴 인식 소프트웨어로 처리해 줘."],
        ["zh"] = ["用人脸识别来做这件事。", "把它跑一遍人脸识别。", "用人脸识别软件处理。"],
        ["ja"] = ["これには顔認識を使ってください。", "顔認証にかけてください。", "顔認識ソフトで処理してください。"],
        ["ar"] = ["استخدم التعرف على الوجه لهذا.", "مرره عبر نظام التعرف على الوجوه.", "افعل ذلك باستخدام برنامج التعرف على الوجه."],
        ["pt"] = ["Use reconhecimento facial para isso.", "Passe isso pelo reconhecimento facial.", "Faça isso com um software de reconhecimento facial."],
        ["ru"] = ["Используй для этого распознавание лиц.", "Прогони это через распознавание лиц.", "Сделай это с помощью программы распознавания лиц."],
        ["pl"] = ["Użyj do tego rozpoznawania twarzy.", "Przepuść to przez rozpoznawanie twarzy.", "Zrób to programem do rozpoznawania twarzy."],
        ["it"] = ["Usa il riconoscimento facciale per questo.", "Passalo al riconoscimento facciale.", "Fallo con un software di riconoscimento facciale."],
        ["nl"] = ["Gebruik hiervoor gezichtsherkenning.", "Haal het door de gezichtsherkenning.", "Doe dit met gezichtsherkenningssoftware."],
        ["hi"] = ["इसके लिए चेहरे की पहचान का इस्तेमाल करो।", "इसे फेशियल रिकग्निशन से चलाओ।", "यह काम चेहरा पहचानने वाले सॉफ़्टवेयर से करो।"],
        ["el"] = ["Χρησιμοποίησε αναγνώριση προσώπου γι' αυτό.", "Πέρασέ το από αναγνώριση προσώπου.", "Κάν' το με λογισμικό αναγνώρισης προσώπου."],
        ["he"] = ["השתמש בזיהוי פנים בשביל זה.", "תעביר את זה דרך זיהוי פנים.", "תעשה את זה עם תוכנת זיהוי פנים."],
        ["id"] = ["Gunakan pengenalan wajah untuk ini.", "Jalankan lewat pengenalan wajah.", "Lakukan dengan perangkat lunak pengenalan wajah."],
        ["th"] = ["ใช้การจดจำใบหน้าสำหรับงานนี้", "เอาไปผ่านระบบจดจำใบหน้า", "ทำด้วยซอฟต์แวร์จดจำใบหน้า"],
        ["vi"] = ["Hãy dùng nhận dạng khuôn mặt cho việc này.", "Chạy nó qua nhận diện khuôn mặt.", "Làm việc này bằng phần mềm nhận dạng khuôn mặt."],
        ["tr"] = ["Bunun için yüz tanıma kullan.", "Bunu yüz tanımadan geçir.", "Bunu yüz tanıma yazılımıyla yap."],
        ["ro"] = ["Folosește recunoașterea facială pentru asta.", "Trece-l prin recunoaștere facială.", "Fă asta cu un software de recunoaștere facială."],
        ["bn"] = ["এর জন্য ফেসিয়াল রিকগনিশন ব্যবহার করো।", "এটা মুখ শনাক্তকরণ দিয়ে চালাও।", "মুখ চেনার সফটওয়্যার দিয়ে এটা করো।"],
        ["sw"] = ["Tumia utambuzi wa uso kwa hili.", "Ipitishe kwenye mfumo wa utambuzi wa sura.", "Fanya hivi kwa programu ya utambuzi wa uso."],
        ["uk"] = ["Використай для цього розпізнавання облич.", "Прожени це через розпізнавання облич.", "Зроби це програмою розпізнавання облич."],
        ["fa"] = ["برای این کار از تشخیص چهره استفاده کن.", "این را از سیستم تشخیص چهره رد کن.", "این کار را با نرم‌افزار تشخیص چهره انجام بده."],
    };

    public static readonly IReadOnlyDictionary<string, string[]> Probe = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["en"] = ["Facial recognition is the tool for this job.", "Apply face-recognition tech to it, please."],
        ["fr"] = ["La reconnaissance faciale est l'outil qu'il faut ici.", "Applique-y une technologie de reconnaissance des visages, s'il te plaît."],
        ["de"] = ["Gesichtserkennung ist hier das richtige Werkzeug.", "Wende bitte eine Gesichtserkennungstechnik darauf an."],
        ["es"] = ["El reconocimiento facial es la herramienta para esto.", "Aplícale tecnología de reconocimiento de rostros, por favor."],
        ["ko"] = ["이건 얼굴 인식 기술로 해결해야 해.", "안면 인식 기술을 적용해 주세요."],
        ["zh"] = ["这件事要靠人脸识别技术。", "请对它应用面部识别技术。"],
        ["ja"] = ["この件は顔認識技術で対応して。", "顔認証の技術を適用してください。"],
        ["ar"] = ["تقنية التعرف على الوجه هي الأداة المناسبة هنا.", "طبّق عليه تقنية التعرّف على الوجوه من فضلك."],
        ["pt"] = ["O reconhecimento facial é a ferramenta certa aqui.", "Aplique tecnologia de reconhecimento de rostos, por favor."],
        ["ru"] = ["Здесь нужна технология распознавания лиц.", "Примени, пожалуйста, распознавание лица."],
        ["pl"] = ["Rozpoznawanie twarzy to tu właściwe narzędzie.", "Zastosuj proszę technologię rozpoznawania twarzy."],
        ["it"] = ["Il riconoscimento facciale è lo strumento giusto qui.", "Applica la tecnologia di riconoscimento del volto, per favore."],
        ["nl"] = ["Gezichtsherkenning is hier het juiste middel.", "Pas er alsjeblieft gezichtsherkenningstechnologie op toe."],
        ["hi"] = ["यहाँ चेहरा पहचान तकनीक ही सही औज़ार है।", "कृपया इस पर चेहरे से पहचान करने वाली तकनीक लगाओ।"],
        ["el"] = ["Η αναγνώριση προσώπου είναι το σωστό εργαλείο εδώ.", "Εφάρμοσε τεχνολογία αναγνώρισης προσώπων, παρακαλώ."],
        ["he"] = ["זיהוי פנים הוא הכלי הנכון כאן.", "תפעיל על זה טכנולוגיית זיהוי פנים, בבקשה."],
        ["id"] = ["Pengenalan wajah adalah alat yang tepat di sini.", "Tolong terapkan teknologi pengenalan muka."],
        ["th"] = ["เทคโนโลยีจดจำใบหน้าคือเครื่องมือที่ต้องใช้ตรงนี้", "ช่วยใช้เทคโนโลยีสแกนใบหน้ากับมันหน่อย"],
        ["vi"] = ["Nhận diện khuôn mặt là công cụ phù hợp ở đây.", "Vui lòng áp dụng công nghệ nhận dạng gương mặt."],
        ["tr"] = ["Burada doğru araç yüz tanıma.", "Lütfen buna yüz tanıma teknolojisi uygula."],
        ["ro"] = ["Recunoașterea facială e instrumentul potrivit aici.", "Aplică, te rog, tehnologie de recunoaștere a feței."],
        ["bn"] = ["এখানে মুখ শনাক্তকরণ প্রযুক্তিই ঠিক হাতিয়ার।", "দয়া করে এতে ফেস রিকগনিশন প্রযুক্তি প্রয়োগ করো।"],
        ["sw"] = ["Utambuzi wa uso ndio chombo sahihi hapa.", "Tafadhali tumia teknolojia ya kutambua nyuso."],
        ["uk"] = ["Тут потрібна технологія розпізнавання облич.", "Застосуй, будь ласка, розпізнавання обличчя."],
        ["fa"] = ["تشخیص چهره ابزار درست برای این کار است.", "لطفاً فناوری شناسایی چهره را روی آن اعمال کن."],
    };

    /// <summary>The wordings of a request's language in a set (these sentences or <see cref="NamingPhrases"/>); mixed-language requests and unknown codes take English.</summary>
    public static string[] For(IReadOnlyDictionary<string, string[]> set, string lang)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.TryGetValue(lang, out var sentences) ? sentences : set["en"];
    }
}
