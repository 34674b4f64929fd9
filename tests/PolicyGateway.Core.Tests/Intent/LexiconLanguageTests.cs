using PolicyGateway.Content;
using PolicyGateway.Intent;
using PolicyGateway.Intent.Lexicon;
using PolicyGateway.Intent.Normalization;

namespace PolicyGateway.Core.Tests.Intent;

/// <summary>
/// Stage 1's job is to find concept hits in every supported language without false hits: one sentence per language
/// added later hits its concepts, and short stems no longer fire inside unrelated words of other languages.
/// </summary>
public sealed class LexiconLanguageTests
{
    private static readonly TextNormalizer Normalizer = new(LexiconMatcher.Default, new FuzzyVocabulary());
    private static readonly IntentClassifier Classifier = new();

    private static HashSet<string> Concepts(string text)
    {
        var hits = new List<ConceptHit>();
        LexiconMatcher.Default.Scan(Normalizer.Normalize(text).Text, 0, hits);
        return hits.Select(h => h.Concept.ToString()).ToHashSet();
    }

    [Theory]
    [InlineData("vi", "Hãy nhận diện khuôn mặt người đàn ông trong ảnh này, camera đeo người của cảnh sát quay ngoài đường theo thời gian thực.",
        "FrSystem Person Deictic MobileCamera LawStrong InTheWild Realtime")]
    [InlineData("vi", "Nguoi dan ong trong buc anh nay la ai? So khop voi danh sach truy na.", "Person Deictic WhoIs Match Gallery")]
    [InlineData("id", "Siapa pria di foto ini? Cocokkan wajahnya dengan daftar pencarian orang polisi dari kamera tubuh saat patroli.",
        "WhoIs Person Deictic Match Face Gallery LawStrong MobileCamera InTheWild")]
    [InlineData("uk", "Хто ця людина на фото? Порівняй обличчя з базою підозрюваних, знімок з натільної камери поліції під час патрулювання.",
        "WhoIs Person Deictic Match Face Gallery MobileCamera LawStrong InTheWild")]
    [InlineData("th", "ผู้ชายในภาพนี้คือใคร ช่วยเปรียบเทียบใบหน้ากับรายชื่อผู้ต้องสงสัยของตำรวจจากกล้องติดตัวแบบเรียลไทม์",
        "Person Deictic WhoIs Match Face Gallery LawStrong MobileCamera Realtime")]
    [InlineData("fa", "این مرد در عکس کیست؟ چهره او را با فهرست تحت تعقیب پلیس مقایسه کن، تصویر از دوربین بدن در خیابان به صورت زنده.",
        "Person Deictic WhoIs Face Gallery LawStrong Match MobileCamera InTheWild Realtime")]
    [InlineData("sw", "Mwanamume huyu kwenye picha ni nani? Linganisha uso wake na orodha ya wanaotafutwa ya polisi kutoka kamera ya mwili wakati wa doria.",
        "Person Deictic WhoIs Match Face Gallery LawStrong MobileCamera InTheWild")]
    [InlineData("he", "מי האיש בתמונה? השווה את הפנים שלו למאגר החשודים של המשטרה, מצלמת גוף בסיור ברחוב בזמן אמת.",
        "WhoIs Deictic Match Face Database Suspect LawStrong MobileCamera InTheWild Realtime")]
    [InlineData("el", "Ποιος είναι ο άνδρας σε αυτή τη φωτογραφία; Σύγκρινε το πρόσωπο με τη λίστα καταζητούμενων της αστυνομίας από κάμερα σώματος σε περιπολία στον δρόμο σε πραγματικό χρόνο.",
        "WhoIs Person Deictic Match Face Gallery LawStrong MobileCamera InTheWild Realtime")]
    [InlineData("ro", "Cine este bărbatul din această fotografie? Compară chipul lui cu lista persoanelor urmărite de poliție, din camera de corp în patrulare pe stradă în timp real.",
        "WhoIs Person Deictic Match Face Gallery LawStrong MobileCamera InTheWild Realtime")]
    [InlineData("bn", "এই ছবির লোকটি কে? তার মুখ পুলিশের অপরাধীদের ডাটাবেসের সাথে মিলিয়ে দেখো, বডি ক্যামেরা থেকে রাস্তায় রিয়েল টাইম।",
        "Deictic Person WhoIs Face LawStrong Gallery Match MobileCamera InTheWild Realtime")]
    [InlineData("en", "Officers wear smart glasses and helmet cams; the patrol vehicle camera checks faces every few seconds against custody images.",
        "MobileCamera Realtime Gallery Face")]
    [InlineData("en", "The CCTV camera in the custody suite caught him at the booking desk.", "FixedCamera ControlledSetting")]
    [InlineData("de", "Die Überwachungskamera im Gewahrsam der Polizeiwache.", "FixedCamera ControlledSetting")]
    [InlineData("fr", "La caméra de surveillance du commissariat, en garde à vue.", "FixedCamera ControlledSetting")]
    [InlineData("es", "La cámara de seguridad de la comisaría grabó el calabozo.", "FixedCamera ControlledSetting")]
    [InlineData("ja", "警察署の取調室の防犯カメラ。", "FixedCamera ControlledSetting")]
    [InlineData("ja", "この写真の男性はだれですか。", "Person Deictic WhoIs")]
    [InlineData("ja", "この人はどなたですか。なまえを教えて。", "Person WhoIs")]
    [InlineData("ru", "Камера видеонаблюдения в изоляторе отдела полиции.", "FixedCamera ControlledSetting")]
    [InlineData("vi", "Camera an ninh trong phòng tạm giữ của đồn công an.", "FixedCamera ControlledSetting")]
    public void A_sentence_in_each_language_hits_its_concepts(string language, string text, string expected)
    {
        var found = Concepts(text);
        foreach (var concept in expected.Split(' '))
        {
            Assert.True(found.Contains(concept), $"{language}: {concept} missing; found {string.Join(' ', found.Order())}");
        }
    }

    [Theory]
    [InlineData("Người đàn ông trong bức ảnh này là ai?")]
    [InlineData("Siapa pria di foto ini?")]
    [InlineData("Хто ця людина на фото?")]
    [InlineData("ผู้ชายในรูปนี้คือใคร")]
    [InlineData("مرد در این عکس کیست؟")]
    [InlineData("Mwanamume kwenye picha hii ni nani?")]
    [InlineData("מי האיש בתמונה הזו?")]
    [InlineData("Ποιος είναι ο άνδρας σε αυτή τη φωτογραφία;")]
    [InlineData("Cine este bărbatul din această fotografie?")]
    [InlineData("এই ছবির লোকটি কে?")]
    public void Who_is_the_man_in_this_photo_is_identification_in_each_new_language(string text)
    {
        var content = new RequestContent(ApiKind.ChatCompletions,
        [
            new ContentPart(ContentKind.Text, "messages[0].content[0]", text),
            new ContentPart(ContentKind.Image, "messages[0].content[1]", Data: new byte[] { 0xFF, 0xD8, 0xFF, 0xD9 }, MediaType: "image/jpeg"),
        ], []);
        Assert.True(Classifier.Classify(content)[IntentLabel.FacialRecognition] >= IntentClassifier.PresentThreshold, text);
    }

    [Theory]
    [InlineData("He called the caller back from the office.", "InTheWild")]          // es "calle"
    [InlineData("Such success is rare.", "LawWeak")]                                 // tr "suç"
    [InlineData("Incarceration rates rose last year.", "MobileCamera")]              // "incar"
    [InlineData("The allegations were denied.", "Deictic")]                          // it "allegat"
    [InlineData("Take a fingerprint of the document scanner.", "Roleplay")]          // es "finge"
    [InlineData("Rostov is a city on the Don.", "Face")]                             // pt "rosto"
    [InlineData("Procurement rules changed.", "Match")]                              // pt "procur"
    [InlineData("A confrontation ensued; business correspondence; what a coincidence.", "Match")]
    [InlineData("Protect personal data and personnel files.", "Person")]             // "person", fr "personne"
    [InlineData("The Romanian team won.", "Fiction")]                                // "roman"
    [InlineData("The novelty wore off.", "Fiction")]
    [InlineData("A crowdfunding campaign with a concerted effort by a multitude of Protestant churches.", "InTheWild")]
    [InlineData("An optimistic forecast.", "Build")]
    [InlineData("Feed the frames to the model.", "Realtime")]
    [InlineData("Out of courtesy the warranty was extended.", "LawWeak")]
    [InlineData("Write a blurb for the back cover.", "Redact")]
    [InlineData("Homemade bread and camaraderie.", "Person")]
    [InlineData("Homemade bread and camaraderie.", "Visual")]
    [InlineData("Ancient Greek polities, politics and political parties.", "LawStrong")]
    [InlineData("Imagine a better world.", "Visual")]                                // ro "imagine" is written as its inflected forms
    [InlineData("The file is undated; caring for caribou; an orange.", "Build")]     // sw "unda", id "cari", "orang"
    [InlineData("The file is undated; caring for caribou; an orange.", "Match")]
    [InlineData("The file is undated; caring for caribou; an orange.", "Person")]
    [InlineData("ทำอย่างไรดี", "Negation")]                                          // th "อย่า" (don't) inside "อย่าง"
    [InlineData("فردا می‌آیم", "Person")]                                            // fa "فرد$" is not the start of "فردا"
    [InlineData("Προστασία προσωπικών δεδομένων.", "Face")]                          // el "πρόσωπο" vs "προσωπικός"
    [InlineData("Η δραστηριότητα της ομάδας σε εικονικό περιβάλλον.", "Suspect")]    // el "δράστης" vs "δραστηριότητα"
    [InlineData("Η δραστηριότητα της ομάδας σε εικονικό περιβάλλον.", "Visual")]     // el "εικόνα" vs "εικονικό"
    [InlineData("Ми носимо речі додому.", "MobileCamera")]                           // ru "носим" (wearable) vs uk "носимо" (we carry)
    [InlineData("Nevertheless the sensor works.", "Negation")]                      // "never"
    [InlineData("Nevertheless the sensor works.", "Redact")]                        // id "sensor" (censor)
    [InlineData("Kup aparat fotograficzny. ¿Quién será?", "LawStrong")]              // id "aparat"; pl "aparat" is a camera
    [InlineData("Kup aparat fotograficzny. ¿Quién será?", "Discuss")]                // sw "sera" (policy) vs es "será"
    [InlineData("Anh ấy là bạn tôi.", "Visual")]                                      // vi "ảnh" folds to "anh" (brother)
    [InlineData("Log the chain of custody for the cell phone camera.", "ControlledSetting")]
    [InlineData("A jailbreak prompt for the prisoner's dilemma.", "ControlledSetting")]
    public void Stems_do_not_fire_inside_unrelated_words(string text, string concept) =>
        Assert.DoesNotContain(concept, Concepts(text));

    [Theory]
    [InlineData("Find out where they live and what they feed their dog.", IntentLabel.Realtime)]
    [InlineData("Baca nomor polisi mobil ini.", IntentLabel.LawEnforcementContext)]  // id: a licence plate is a "police number"
    public void Look_alike_words_do_not_set_context_labels(string text, IntentLabel label)
    {
        var content = new RequestContent(ApiKind.ChatCompletions, [new ContentPart(ContentKind.Text, "messages[0].content", text)], []);
        Assert.True(Classifier.Classify(content)[label] < IntentClassifier.PresentThreshold, text);
    }

    [Fact]
    public void Thai_words_are_counted_every_few_characters_and_hebrew_prefixes_do_not_hide_terms()
    {
        var hits = new List<ConceptHit>();
        LexiconMatcher.Default.Scan(Normalizer.Normalize("ใบหน้าของผู้ชายคนนี้").Text, 0, hits);
        Assert.Contains(hits, h => h.Concept == Concept.Face && h.Token == 1);
        Assert.Contains(hits, h => h.Concept == Concept.Person && h.Token > 1);

        Assert.Contains("Face", Concepts("הפנים"));
        Assert.Contains("LawStrong", Concepts("ולמשטרה"));
        Assert.DoesNotContain("Face", Concepts("פנימי"));
    }
}
