import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the `<subdivision type="yeta">محافظة تعز</subdivision>` elements
/// of a CLDR `common/subdivisions/<locale>.xml` file, with libxml2
/// (FoundationXML): entities decoded, the DTD not fetched.
final class CLDRSubdivisionReader: NSObject, XMLParserDelegate {
    /// One subdivision element: its `type` code and its text.
    struct Element {
        var type: String
        var name: String
    }

    private var elements: [Element] = []
    private var current: (type: String, text: String)?
    /// The first error libxml2 reported (FoundationXML on Linux may still
    /// return true from `parse()` after one).
    private var error: (line: Int, message: String)?

    /// The subdivision elements of a CLDR file, in file order.
    static func read(_ data: Data) throws(GazetteerBuildError) -> [Element] {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        let reader = CLDRSubdivisionReader()
        parser.delegate = reader
        let parsed = parser.parse()
        if let error = reader.error { throw .badXML(line: error.line, message: error.message) }
        guard parsed else {
            throw .badXML(line: parser.lineNumber, message: parser.parserError.map { "\($0)" } ?? "not well-formed")
        }
        return reader.elements
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        guard elementName == "subdivision", let type = attributes["type"] else { return }
        current = (type, "")
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if error == nil { error = (parser.lineNumber, "\(parseError)") }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current?.text += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard elementName == "subdivision", let done = current else { return }
        elements.append(Element(type: done.type, name: done.text.trimmingCharacters(in: .whitespacesAndNewlines)))
        current = nil
    }
}
