internal import CICU

/// Text to terminal cells: shaping, bidi, line breaking, widths.
public enum TerminalText {
    /// The ICU version this module runs on ("72.1").
    public static var icuVersion: String {
        var info: UVersionInfo = (0, 0, 0, 0)
        marsad_u_getVersion(&info)
        return "\(info.0).\(info.1)"
    }
}
