/// Words that announce a name: titles and roles before a person, head
/// nouns of organizations and of places. Matched on the normalized stem
/// with proclitics and the article cut off ("والرئيس" → "رئيس").
enum NameTriggers {
    enum Kind: UInt8 {
        case none = 0, personTitle, organizationHead, placeHead
    }

    static func kind(ofStem stem: String) -> Kind {
        if personTitles.contains(stem) { return .personTitle }
        if organizationHeads.contains(stem) { return .organizationHead }
        if placeHeads.contains(stem) { return .placeHead }
        return .none
    }

    /// Titles and roles ("الرئيس الروسي فلاديمير بوتين", "المتحدث باسم…").
    static let personTitles: Set<String> = normalizedSet([
        "رئيس", "رئيسة", "رئيسا", "رئيسان", "رئيسين", "وزير", "وزيرة", "وزيرا", "وزيري", "وزراء", "متحدث", "متحدثة",
        "ناطق", "ناطقة", "مستشار", "مستشارة", "نائب", "نائبة", "سفير", "سفيرة", "أمين", "مبعوث", "مبعوثة",
        "جنرال", "عقيد", "عميد", "رائد", "نقيب", "مشير", "شيخ", "ملك", "أمير", "أميرة", "سيد", "سيدة", "دكتور", "زعيم",
        "زعيمة", "قائد", "مدير", "مديرة", "نظير", "نظيره", "نظيرته", "نظيرها", "مراسل", "مراسلة", "محلل", "خبير",
        "مرشح", "مرشحة", "نواب", "مفوض", "مفوضة", "منسق", "منسقة", "حاكم", "محافظ", "عمدة", "بابا", "إمام", "مطران",
        "لاعب", "مدرب", "كاتب", "كاتبة", "صحفي", "صحافي", "مصور", "مسؤول", "مسؤولة", "قاضي", "قاضي", "المدعي",
    ])

    /// Head nouns of organization names ("وزارة الدفاع", "منظمة…").
    static let organizationHeads: Set<String> = normalizedSet([
        "وزارة", "منظمة", "مجلس", "وكالة", "حزب", "جماعة", "تنظيم", "جيش", "حركة", "شركة", "جامعة", "اتحاد", "هيئة",
        "لجنة", "مؤسسة", "صحيفة", "قناة", "مجموعة", "رابطة", "جمعية", "بنك", "مصرف", "محكمة", "برلمان", "جبهة",
        "ائتلاف", "تحالف", "معهد", "مركز", "كتائب", "فيلق", "منتدى", "نادي", "مفوضية", "سلطة", "بلدية", "أكاديمية",
        "نقابة", "إذاعة", "تلفزيون", "مجلة", "صندوق", "برنامج", "اللجنة", "حكومة", "الحكومة", "رئاسة", "نيابة",
    ])

    /// Head nouns of place names ("مدينة غوريس", "منطقة ناغورني قره باغ").
    static let placeHeads: Set<String> = normalizedSet([
        "مدينة", "بلدة", "قرية", "منطقة", "إقليم", "محافظة", "ولاية", "جزيرة", "نهر", "بحر", "جبل", "مقاطعة",
        "عاصمة", "ضاحية", "حي", "مخيم", "ميناء", "مطار", "دولة", "جمهورية", "مملكة", "إمارة", "بلاد", "سهل",
        "وادي", "صحراء", "معبر", "بلدات", "مدن", "قرى", "مناطق", "أقاليم", "شمال", "جنوب", "شرق", "غرب", "وسط",
        "محاور", "محور", "اتجاه", "ممر",
    ])

    private static func normalizedSet(_ words: [String]) -> Set<String> {
        Set(words.map { ArabicNormalizer.normalize($0) })
    }
}
