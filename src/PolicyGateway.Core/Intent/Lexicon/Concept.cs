namespace PolicyGateway.Intent.Lexicon;

/// <summary>
/// Language-independent meanings the lexicon maps words to. Labels are computed from combinations of
/// concepts, never from a single keyword, so each concept is deliberately narrow.
/// </summary>
internal enum Concept
{
    /// <summary>A face: face, facial, rostro, Gesicht, лицо, 人脸, 얼굴 ...</summary>
    Face,
    /// <summary>A named facial-recognition capability: "facial recognition", "face id", "faceprint".</summary>
    FrSystem,
    /// <summary>Machinery that only exists to recognise faces: face embeddings, face search, face galleries.</summary>
    FaceEmbedding,
    /// <summary>Identify/recognise: ambiguous on its own ("identify all faces" can mean detect).</summary>
    Identify,
    /// <summary>Unambiguous request to name someone: "who is", "put a name to", "quién es".</summary>
    WhoIs,
    /// <summary>Verification: "same person", "verify the identity".</summary>
    SamePerson,
    /// <summary>"the same", "identical": verification when said of a person next to pictures.</summary>
    Same,
    /// <summary>Compare/match/search/look up/cross-reference/track.</summary>
    Match,
    /// <summary>A human being: person, man, suspect, individual, hombre, Mann ...</summary>
    Person,
    /// <summary>Visual material: photo, image, frame, footage, selfie, CCTV still.</summary>
    Visual,
    /// <summary>A direct pointer at supplied material: "this photo", "attached", "image 1".</summary>
    Deictic,
    /// <summary>Building or operating software: build, implement, script, pipeline, train, deploy, API.</summary>
    Build,
    /// <summary>A collection of known people to match against: watchlist, mugshots, wanted persons.</summary>
    Gallery,
    /// <summary>A store of records: database, gallery, registry, index.</summary>
    Database,
    /// <summary>People of police interest: suspect, offender, inmate, fugitive.</summary>
    Suspect,
    Realtime,
    /// <summary>"not in real time", "after the fact": cancels <see cref="Realtime"/> hits it overlaps.</summary>
    NotRealtime,
    MobileCamera,
    InTheWild,
    /// <summary>Explicit police/law-enforcement actor: police, sheriff, law enforcement.</summary>
    LawStrong,
    /// <summary>Police-ish activity that is weak alone: arrest, investigation, incident report.</summary>
    LawWeak,
    /// <summary>Face tasks that are not recognition: detect, count, locate.</summary>
    Detect,
    /// <summary>Privacy-protecting face tasks: blur, redact, pixelate, anonymise.</summary>
    Redact,
    /// <summary>Talking about the technology rather than using it: explain, debate, essay, policy.</summary>
    Discuss,
    /// <summary>Fiction frames: story, novel, screenplay, poem.</summary>
    Fiction,
    /// <summary>Role-play wrappers: pretend you are, act as. These cancel the fiction frame.</summary>
    Roleplay,
    /// <summary>Face words that are not about a face's identity: "face shape", "facial expression", "face to face".</summary>
    NotFace,
    /// <summary>Officers that are not police: "chief executive officer", "data protection officer".</summary>
    NotLaw,
    /// <summary>"without", "never", "do not": cancels identification acts that follow within a few words.</summary>
    Negation,
    /// <summary>
    /// A negation after the act it cancels: verbs negated at their end (Japanese, Korean, Turkish, Hindi, Bengali), or
    /// "identification is not needed", "identify no one".
    /// </summary>
    NegationAfter,
    /// <summary>Things only police have or make: body cams, booking photos, warrants, incident reports.</summary>
    PoliceArtifact,
    /// <summary>Licence plates (ANPR/ALPR), which are not faces.</summary>
    Plate,
    /// <summary>
    /// Cameras that stay where they are mounted: CCTV, security and doorbell cameras. The second rule turns on mobile
    /// against fixed cameras, so the fixed side needs a name of its own, not just the absence of a mobile one.
    /// </summary>
    FixedCamera,
    /// <summary>
    /// Controlled, non-public places of police work: a custody suite, an interview room, a holding cell, a police
    /// station, a prison. The second rule covers only uncontrolled, "in the wild" settings.
    /// </summary>
    ControlledSetting,
}
