namespace PolicyGateway.Intent.Training.Corpus;

/// <summary>
/// Phrases that name facial recognition as the means of an ask ("with the help of face-recognition software"), in each
/// corpus language, for the inside of the ask's own sentence: the invariance probe's second naming row. The trainer's
/// <see cref="NamingSentences"/> add the name as a sentence of its own; these measure whether the lesson reaches the
/// name inside the clause that asks. Never trained on.
/// </summary>
public static class NamingPhrases
{
    public static readonly IReadOnlyDictionary<string, string[]> Probe = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["en"] = ["with the help of face-recognition software", "through a facial recognition search"],
        ["fr"] = ["grâce à un logiciel de reconnaissance des visages", "via une recherche par reconnaissance faciale"],
        ["de"] = ["anhand einer Gesichtserkennungssoftware", "über eine Gesichtserkennungssuche"],
        ["es"] = ["con ayuda de un programa de reconocimiento de rostros", "a través de una búsqueda por reconocimiento facial"],
        ["ko"] = ["얼굴 인식 소프트웨어의 도움으로", "안면 인식 검색을 통해"],
        ["zh"] = ["借助人脸识别软件", "通过人脸比对识别搜索"],
        ["ja"] = ["顔認識ソフトの助けを借りて", "顔認識検索を通じて"],
        ["ar"] = ["بمساعدة برنامج للتعرف على الوجوه", "من خلال بحث بتقنية التعرف على الوجه"],
        ["pt"] = ["com ajuda de um software de reconhecimento de rostos", "através de uma busca por reconhecimento facial"],
        ["ru"] = ["при помощи программы распознавания лиц", "путём поиска по распознаванию лица"],
        ["pl"] = ["przy pomocy oprogramowania do rozpoznawania twarzy", "poprzez wyszukiwanie z rozpoznawaniem twarzy"],
        ["it"] = ["con l'aiuto di un software di riconoscimento dei volti", "attraverso una ricerca con riconoscimento facciale"],
        ["nl"] = ["met behulp van gezichtsherkenningssoftware", "aan de hand van een zoekopdracht met gezichtsherkenning"],
        ["hi"] = ["चेहरा पहचान सॉफ़्टवेयर की मदद से", "चेहरे की पहचान वाली खोज के ज़रिए"],
        ["el"] = ["με τη βοήθεια λογισμικού αναγνώρισης προσώπων", "μέσω αναζήτησης με αναγνώριση προσώπου"],
        ["he"] = ["בעזרת תוכנה לזיהוי פנים", "דרך חיפוש בזיהוי פנים"],
        ["id"] = ["dengan bantuan perangkat lunak pengenalan wajah", "melalui pencarian pengenalan muka"],
        ["th"] = ["ด้วยความช่วยเหลือของซอฟต์แวร์จดจำใบหน้า", "ผ่านการค้นหาด้วยระบบจดจำใบหน้า"],
        ["vi"] = ["với sự trợ giúp của phần mềm nhận dạng khuôn mặt", "thông qua tìm kiếm bằng nhận diện gương mặt"],
        ["tr"] = ["yüz tanıma yazılımı yardımıyla", "yüz tanıma araması yaparak"],
        ["ro"] = ["cu ajutorul unui program de recunoaștere a fețelor", "printr-o căutare cu recunoaștere facială"],
        ["bn"] = ["মুখ শনাক্তকরণ সফটওয়্যারের সাহায্যে", "ফেসিয়াল রিকগনিশন সার্চ করে"],
        ["sw"] = ["kwa msaada wa programu ya utambuzi wa nyuso", "kupitia utafutaji wa utambuzi wa uso"],
        ["uk"] = ["за допомогою програми розпізнавання облич", "шляхом пошуку з розпізнаванням обличчя"],
        ["fa"] = ["به کمک نرم‌افزار شناسایی چهره", "از راه جستجو با تشخیص چهره"],
    };
}
