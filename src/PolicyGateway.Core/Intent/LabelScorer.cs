using PolicyGateway.Content;
using PolicyGateway.Intent.Lexicon;
using PolicyGateway.Intent.Normalization;

namespace PolicyGateway.Intent;

/// <summary>
/// Turns concept hits into label confidences with rules that combine concepts. Confidence levels are fixed per
/// rule (not learned) so each score can be traced to the rule and hits that produced it; "present" means
/// confidence ≥ <see cref="IntentClassifier.PresentThreshold"/>.
/// </summary>
internal sealed class LabelScorer(int maxEvidence)
{
    // Fixed confidence levels: strong rules clearly name an identification act on a face or person,
    // weak ones are compatible with benign face work and give way to negators; a bare mention of the technology is
    // reported but stays below the bar, since most such mentions are questions about it.
    private const double Strong = 0.92;
    private const double Weak = 0.75;
    private const double Mention = 0.45;
    private const double Suppressed = 0.15;
    private const double Hint = 0.4;

    // Proximity windows, in words: a verb and its object are rarely further apart than this.
    private const int ActWindow = 6;
    private const int PhraseWindow = 10;
    private const int SystemWindow = 15;

    public IntentResult Score(Analysis a)
    {
        var facial = FacialRecognition(a, out var facialPresent);
        return new IntentResult(
        [
            facial,
            Realtime(a),
            MobileCamera(a),
            Simple(a, IntentLabel.InTheWild, Concept.InTheWild, "lex.in_the_wild", 0.8),
            Watchlist(a, facialPresent),
            LawEnforcement(a),
        ]);
    }

    private IntentScore FacialRecognition(Analysis a, out bool present)
    {
        var evidence = new List<Evidence>();
        var best = 0.0;
        var paths = 0;
        var strong = false;

        void Rule(string signal, ConceptHit? hit, double confidence, bool isStrong)
        {
            if (hit is not { } h)
            {
                return;
            }

            paths++;
            best = Math.Max(best, confidence);
            strong |= isStrong;
            Add(evidence, a.Evidence(signal, h));
        }

        var image = a.ImageCount > 0;
        var visualTarget = image || a.Has(Concept.Visual) || a.Has(Concept.Deictic) || a.Has(Concept.Face) || a.Has(Concept.MobileCamera);

        // Naming someone: "who is the man in this photo", or a bare "who is this?" next to an image.
        var whoIs = a.NearInSentence(Concept.WhoIs, PhraseWindow, Concept.Person, Concept.Deictic, Concept.Visual, Concept.Face)
            ?? (image ? BareWhoIs(a) : null)
            ?? (visualTarget ? a.Containing(Concept.WhoIs, Concept.Person) : null);
        Rule("fr.identify_person", whoIs, Strong, true);

        // Verification: "is the man in image 1 the same person as in image 2".
        if (visualTarget || a.Has(Concept.FrSystem))
        {
            Rule("fr.verify_same_person", a.First(Concept.SamePerson), Strong, true);
        }

        // "is the guy in these two frames the same?": sameness said of a person, next to pictures.
        if (visualTarget)
        {
            Rule("fr.verify_same_person", a.Near(Concept.Same, SystemWindow, Concept.Person), Strong, true);
        }

        // An identification or matching act applied to faces: "recognise the faces", "match faces".
        Rule("fr.face_identification", a.Near(Concept.Identify, ActWindow, Concept.Face) ?? a.Near(Concept.Match, ActWindow, Concept.Face), Weak, false);

        // Identifying a person from visual material: "identify the suspect in the footage". The person must be
        // the one pictured ("the people responsible for the outage" in a log screenshot are not).
        if (visualTarget)
        {
            Rule("fr.identify_from_image", IdentifyPictured(a, image), Weak, false);
        }

        // Named FR capability: operated, built or pointed at people, or merely mentioned. A persona name in a
        // role-play wrapper ("pretend you are FaceID-bot") is only a mention.
        if (FirstOutsidePersona(a) is { } system)
        {
            // An attached image puts the system to work, unless the text frames it as a question or a story about it.
            var framed = a.Has(Concept.Discuss) || (a.Has(Concept.Fiction) && !a.Has(Concept.Roleplay));
            var operated = (image && !framed) || a.Near(Concept.FrSystem, SystemWindow,
                Concept.Build, Concept.Match, Concept.WhoIs, Concept.Gallery, Concept.Suspect, Concept.Person,
                Concept.Realtime, Concept.MobileCamera, Concept.InTheWild, Concept.Deictic) is not null;
            Rule(operated ? "fr.system_operated" : "fr.system_mentioned", system, operated ? Strong : Mention, operated);
        }

        Rule("fr.face_embedding_or_search", a.First(Concept.FaceEmbedding), Strong, true);

        // A tool that searches, matches or identifies faces; a tool that only blurs or detects them does not count.
        var toolFace = a.FirstIn(ContentKind.ToolDefinition, Concept.FaceEmbedding)
            ?? a.FirstIn(ContentKind.ToolDefinition, Concept.FrSystem)
            ?? FaceActInTool(a);
        Rule("fr.tool_definition", toolFace, 0.95, true);

        // Matching pictures against a gallery of known people: "run the stills against the mugshot database".
        if (visualTarget && (a.Has(Concept.Match) || a.Has(Concept.Identify)))
        {
            Rule("fr.gallery_match", a.First(Concept.Gallery), Strong, true);
        }

        // A face or pictured person checked for presence in a gallery: "whether the face is on the watchlist".
        Rule("fr.face_in_gallery", a.Near(Concept.Gallery, PhraseWindow, Concept.Face)
            ?? (visualTarget ? a.Near(Concept.Gallery, PhraseWindow, Concept.Person, Concept.Deictic) : null), Strong, true);

        if (paths > 0)
        {
            var suppression = Suppression(a, strong, image, toolFace is not null);
            if (suppression is not null)
            {
                evidence.Insert(0, suppression);
                best = Suppressed;
            }
            else
            {
                best = Math.Min(0.98, best + 0.02 * (paths - 1));
                AddEvasions(a, evidence);
            }
        }

        present = best >= IntentClassifier.PresentThreshold;
        return new IntentScore(IntentLabel.FacialRecognition, best, Trim(evidence));
    }

    private static ConceptHit? BareWhoIs(Analysis a)
    {
        foreach (var hit in a.Of(Concept.WhoIs))
        {
            if (a.EndsSentenceSoon(hit, 3))
            {
                return hit;
            }
        }

        return null;
    }

    private static ConceptHit? IdentifyPictured(Analysis a, bool image)
    {
        foreach (var act in new[] { Concept.Identify, Concept.Match })
        {
            foreach (var hit in a.Of(act))
            {
                foreach (var person in a.Of(Concept.Person))
                {
                    if (person.Segment == hit.Segment && Math.Abs(person.Token - hit.Token) <= ActWindow && !Analysis.Overlaps(hit, person)
                        && (image || a.IsNear(person, ActWindow, Concept.Visual, Concept.Deictic, Concept.Face, Concept.MobileCamera)))
                    {
                        return hit;
                    }
                }
            }
        }

        return null;
    }

    private static ConceptHit? FaceActInTool(Analysis a)
    {
        var act = a.Near(Concept.Face, SystemWindow, Concept.Identify, Concept.Match, Concept.WhoIs, Concept.SamePerson);
        return act is { } hit && a.Segments[hit.Segment].Kind == ContentKind.ToolDefinition ? hit : null;
    }

    private static ConceptHit? FirstOutsidePersona(Analysis a)
    {
        ConceptHit? persona = null;
        foreach (var hit in a.Of(Concept.FrSystem))
        {
            var inPersona = false;
            foreach (var role in a.Of(Concept.Roleplay))
            {
                inPersona |= role.Segment == hit.Segment && hit.Token > role.Token && hit.Token - role.Token <= 4;
            }

            if (!inPersona)
            {
                return hit;
            }

            persona ??= hit;
        }

        if (persona is { } p)
        {
            return a.Near(Concept.FrSystem, 1, Concept.Identify, Concept.WhoIs, Concept.SamePerson, Concept.Match) is null ? null : p;
        }

        return null;
    }

    /// <summary>The negators: benign face work, licence plates, and talking about FR rather than doing it.</summary>
    private static Evidence? Suppression(Analysis a, bool strong, bool image, bool toolFace)
    {
        if (!strong && (a.First(Concept.Redact) ?? a.First(Concept.Detect)) is { } benign)
        {
            return a.Evidence("fr.suppressed.detect_or_redact", benign);
        }

        if (a.First(Concept.Plate) is { } plate && !a.Has(Concept.Face) && !a.Has(Concept.FrSystem)
            && !a.Has(Concept.FaceEmbedding) && !a.Has(Concept.SamePerson))
        {
            return a.Evidence("fr.suppressed.licence_plate", plate);
        }

        var frame = a.First(Concept.Discuss) ?? (a.Has(Concept.Roleplay) ? null : a.First(Concept.Fiction));
        if (frame is not { } f)
        {
            return null;
        }

        // A discussion or story that also carries the material or the machinery is not just talk.
        var anchored = image || toolFace || a.Has(Concept.Deictic) || a.Has(Concept.Roleplay)
            || a.FirstIn(ContentKind.ToolCall, Concept.FaceEmbedding) is not null || a.FirstIn(ContentKind.ToolCall, Concept.FrSystem) is not null
            || a.Near(Concept.Build, SystemWindow, Concept.Face, Concept.FrSystem, Concept.FaceEmbedding) is not null;
        return anchored ? null : a.Evidence(f.Concept == Concept.Discuss ? "fr.suppressed.discussion" : "fr.suppressed.fiction", f);
    }

    private static void AddEvasions(Analysis a, List<Evidence> evidence)
    {
        foreach (var segment in a.Segments)
        {
            if (segment.Evasion is not Evasion.None and not Evasion.CompatibilityForms)
            {
                evidence.Add(new Evidence("evasion." + segment.Evasion.ToString().Replace(", ", "+", StringComparison.Ordinal).ToLowerInvariant(), segment.Location, string.Empty));
                return;
            }
        }
    }

    private IntentScore Realtime(Analysis a)
    {
        var evidence = new List<Evidence>();
        var negations = a.Of(Concept.NotRealtime);
        var live = 0;
        foreach (var hit in a.Of(Concept.Realtime))
        {
            var negated = false;
            foreach (var negation in negations)
            {
                negated |= Analysis.Overlaps(hit, negation);
            }

            if (!negated)
            {
                live++;
                Add(evidence, a.Evidence("lex.realtime", hit));
            }
        }

        var confidence = live switch { 0 => 0.0, 1 => 0.85, _ => 0.9 };
        if (live == 0 && negations.Count > 0)
        {
            confidence = Suppressed;
            Add(evidence, a.Evidence("realtime.negated", negations[0]));
        }

        if (a.Api == ApiKind.Realtime)
        {
            // A live audio session is real time by construction, but says nothing about faces; a hint only.
            confidence = Math.Max(confidence, Hint);
            evidence.Add(new Evidence("api.realtime_session", "request", string.Empty));
        }

        return new IntentScore(IntentLabel.Realtime, confidence, Trim(evidence));
    }

    private IntentScore MobileCamera(Analysis a)
    {
        var evidence = new List<Evidence>(a.CameraEvidence);
        var confidence = a.CameraEvidence.Count > 0 ? 0.9 : 0.0;
        foreach (var hit in a.Of(Concept.MobileCamera))
        {
            confidence = Math.Max(confidence, 0.85);
            Add(evidence, a.Evidence("lex.mobile_camera", hit));
        }

        return new IntentScore(IntentLabel.MobileCamera, confidence, Trim(evidence));
    }

    private IntentScore Watchlist(Analysis a, bool facialPresent)
    {
        var evidence = new List<Evidence>();
        var gallery = a.First(Concept.Gallery) ?? a.Near(Concept.Database, 4, Concept.Suspect);
        if (gallery is not { } g)
        {
            return new IntentScore(IntentLabel.WatchlistMatch, 0, []);
        }

        Add(evidence, a.Evidence("lex.gallery", g));
        var act = a.First(Concept.Match) ?? a.First(Concept.Identify) ?? a.First(Concept.WhoIs) ?? a.First(Concept.SamePerson);
        var confidence = Hint;
        if (act is { } m && !(a.Has(Concept.Plate) && !a.Has(Concept.Face) && !a.Has(Concept.FrSystem)))
        {
            Add(evidence, a.Evidence("watchlist.match_act", m));
            confidence = 0.85;
        }
        else if (facialPresent)
        {
            evidence.Add(new Evidence("watchlist.with_facial_recognition", a.Segments[g.Segment].Location, string.Empty));
            confidence = 0.85;
        }

        return new IntentScore(IntentLabel.WatchlistMatch, confidence, Trim(evidence));
    }

    private IntentScore LawEnforcement(Analysis a)
    {
        var evidence = new List<Evidence>();
        var confidence = 0.0;
        foreach (var hit in a.Of(Concept.LawStrong))
        {
            confidence = 0.85;
            Add(evidence, a.Evidence("lex.law_enforcement", hit));
        }

        if (confidence == 0 && (a.First(Concept.PoliceArtifact) ?? a.First(Concept.Gallery)) is { } artifact)
        {
            // Body cams, booking photos, warrants and wanted lists belong to police work even when no officer is named.
            confidence = 0.6;
            Add(evidence, a.Evidence("lex.police_artifact", artifact));
        }

        if (confidence == 0)
        {
            var distinct = new HashSet<int>();
            foreach (var hit in a.Of(Concept.LawWeak))
            {
                if (distinct.Add(string.GetHashCode(a.TextOf(hit), StringComparison.Ordinal)))
                {
                    Add(evidence, a.Evidence("lex.law_enforcement_weak", hit));
                }
            }

            confidence = distinct.Count switch { 0 => 0.0, 1 => Hint, _ => 0.65 };
        }

        return new IntentScore(IntentLabel.LawEnforcementContext, confidence, Trim(evidence));
    }

    private IntentScore Simple(Analysis a, IntentLabel label, Concept concept, string signal, double confidence)
    {
        var evidence = new List<Evidence>();
        foreach (var hit in a.Of(concept))
        {
            Add(evidence, a.Evidence(signal, hit));
        }

        return new IntentScore(label, evidence.Count > 0 ? confidence : 0.0, Trim(evidence));
    }

    private void Add(List<Evidence> evidence, Evidence item)
    {
        if (evidence.Count < maxEvidence && !evidence.Contains(item))
        {
            evidence.Add(item);
        }
    }

    private IReadOnlyList<Evidence> Trim(List<Evidence> evidence) =>
        evidence.Count > maxEvidence ? evidence.GetRange(0, maxEvidence) : evidence;
}
