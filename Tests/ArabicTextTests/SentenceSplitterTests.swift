import ArabicText
import XCTest

final class SentenceSplitterTests: XCTestCase {
    private func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter.split(scalars, range: ScalarRange(start: 0, end: scalars.count)).map { scalars.string(in: $0) }
    }

    func testSentencesEndAtArabicAndLatinTerminators() {
        XCTAssertEqual(sentences("اتصل بلينكن بقادة أذربيجان وأرمينيا. ودعا غوتيريش البلدين إلى التهدئة! هل تصمد الهدنة؟ لا أحد يعرف"),
                       ["اتصل بلينكن بقادة أذربيجان وأرمينيا.", "ودعا غوتيريش البلدين إلى التهدئة!", "هل تصمد الهدنة؟", "لا أحد يعرف"])
    }

    func testCommaSemicolonTimesAndDecimalsDoNotEndSentences() {
        XCTAssertEqual(sentences("وأعلنت روسيا وقفا لإطلاق النار يطبق منذ الساعة 06,00 ت غ، في حين اتهمت أذربيجان أرمينيا بانتهاكه."),
                       ["وأعلنت روسيا وقفا لإطلاق النار يطبق منذ الساعة 06,00 ت غ، في حين اتهمت أذربيجان أرمينيا بانتهاكه."])
        XCTAssertEqual(sentences("وتأسست مجموعة مينسك عام 1992؛ للوساطة بين البلدين. وارتفع التضخم إلى 3.5 بالمئة."),
                       ["وتأسست مجموعة مينسك عام 1992؛ للوساطة بين البلدين.", "وارتفع التضخم إلى 3.5 بالمئة."])
    }

    func testAbbreviationsAddressesAndOmissionsDoNotEndSentences() {
        XCTAssertEqual(sentences("وقال د. أحمد زكي إن موقع example.com نشر البيان. وأكد المسؤول أن U.S. forces غادرت."),
                       ["وقال د. أحمد زكي إن موقع example.com نشر البيان.", "وأكد المسؤول أن U.S. forces غادرت."])
        XCTAssertEqual(sentences("قالت الوزارة “على الرغم من وقف إطلاق النار (…) فتحت وحدات (...) النيران” عند الحدود"),
                       ["قالت الوزارة “على الرغم من وقف إطلاق النار (…) فتحت وحدات (...) النيران” عند الحدود"])
    }

    func testClosingQuotesStayWithTheirSentence() {
        XCTAssertEqual(sentences("وقال البيان: \"نحن على اتصال وثيق.\" ثم غادر الوفد."),
                       ["وقال البيان: \"نحن على اتصال وثيق.\"", "ثم غادر الوفد."])
    }
}
