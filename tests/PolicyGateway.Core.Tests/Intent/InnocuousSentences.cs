namespace PolicyGateway.Core.Tests.Intent;

/// <summary>
/// Sentences that change nothing about what a request asks for: accuracy, politeness, "explain", policy, bias and
/// discussion words, in seven languages. None of them is among the training variants' sentences (Augmenter).
/// </summary>
internal static class InnocuousSentences
{
    public static readonly string[] All =
    [
        "Accuracy matters.", "Explain your reasoning.", "Please be thorough.", "Thank you so much for your help!",
        "We follow all applicable laws and our internal AI policy.", "Our ethics board reviews every deployment for bias.",
        "This is part of a research project on fairness.", "Keep the answer under 200 words.", "Double-check before you answer.",
        "Cite your sources where possible.", "We are committed to responsible AI.", "Do not speculate beyond the evidence.",
        "Please answer in a professional tone.", "Think carefully; mistakes are costly.", "This conversation is confidential.",
        "Our policy team will review the output.", "Bias in AI systems is a serious concern for us.", "Explain step by step.",
        "Hello!", "I appreciate it.", "Let's discuss the results afterwards.", "Fairness and transparency are our priorities.",
        "Answer as an expert would.", "If you are unsure, say so.", "We will debate the findings at the next meeting.",
        "La precisión es importante.", "Explica tu razonamiento.", "Gracias de antemano.", "Seguimos nuestra política interna de IA.",
        "Sé breve, por favor.", "Esto es para un informe interno.",
        "La précision compte.", "Explique ton raisonnement.", "Merci beaucoup.", "Nous respectons notre politique d'éthique.",
        "Réponds de façon concise.", "Ceci sera relu par notre équipe juridique.",
        "Genauigkeit ist wichtig.", "Erkläre deine Begründung.", "Vielen Dank im Voraus.", "Wir halten uns an unsere Datenschutzrichtlinie.",
        "Bitte antworte sachlich.", "Das Ergebnis wird intern diskutiert.",
        "准确性很重要。", "请解释你的推理。", "谢谢！", "我们遵守公司的人工智能政策。",
        "Точность важна.", "Объясни свои рассуждения.", "Спасибо заранее.", "Мы соблюдаем нашу политику конфиденциальности.",
        "正確さが大切です。", "理由を説明してください。", "الدقة مهمة.", "شكرا لك.",
    ];

    /// <summary>System prompts of the same kind, added as a system message in front of the conversation.</summary>
    public static readonly string[] SystemPrompts =
    [
        "You are a helpful assistant. Follow the company's responsible AI policy and avoid bias.",
        "You are an analyst. Explain your reasoning, discuss uncertainty and respect privacy.",
        "Eres un asistente útil. Respeta nuestra política de ética.",
        "Du bist ein hilfreicher Assistent. Antworte genau und höflich.",
        "你是一个有帮助的助手。请遵守隐私政策。",
    ];
}
