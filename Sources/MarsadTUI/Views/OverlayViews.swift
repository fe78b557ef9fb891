import MarsadModel

/// A framed box in the middle of the screen.
enum OverlayBox {
    /// Draws the frame and returns the inside.
    static func draw(title: String, width: Int, height: Int, state: AppState, into buffer: inout Buffer) -> Rect {
        let w = min(width, buffer.columns)
        let h = min(height, max(0, buffer.rows - 1))
        let box = Rect(x: (buffer.columns - w) / 2, y: max(0, (buffer.rows - 1 - h) / 2), width: w, height: h)
        guard box.width >= 4, box.height >= 3 else { return Rect(x: box.x, y: box.y, width: 0, height: 0) }
        let theme = state.theme
        buffer.fill(box, style: theme.overlay)
        let border = theme.overlay.merged(with: theme.overlayBorder)
        for x in box.x..<box.maxX {
            buffer.put("─", width: 1, style: border, x: x, y: box.y)
            buffer.put("─", width: 1, style: border, x: x, y: box.maxY - 1)
        }
        for y in box.y..<box.maxY {
            buffer.put("│", width: 1, style: border, x: box.x, y: y)
            buffer.put("│", width: 1, style: border, x: box.maxX - 1, y: y)
        }
        buffer.put("┌", width: 1, style: border, x: box.x, y: box.y)
        buffer.put("┐", width: 1, style: border, x: box.maxX - 1, y: box.y)
        buffer.put("└", width: 1, style: border, x: box.x, y: box.maxY - 1)
        buffer.put("┘", width: 1, style: border, x: box.maxX - 1, y: box.maxY - 1)
        buffer.drawText(" \(title) ", x: box.x + 2, y: box.y, width: box.width - 4, style: border, alignment: .left,
                        mode: state.bidiMode, theme: theme)
        return Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
    }
}

/// The `?` overlay: every key.
public enum HelpView {
    public static func render(_ state: AppState, into buffer: inout Buffer) {
        let keys = KeyMap.help
        let inner = OverlayBox.draw(title: "Keys  (Esc or ? closes)", width: 76, height: keys.count + 4, state: state, into: &buffer)
        guard !inner.isEmpty else { return }
        let style = state.theme.overlay
        for (i, (key, what)) in keys.enumerated() where i < inner.height - 1 {
            let y = inner.y + 1 + i
            buffer.drawText(key, x: inner.x, y: y, width: 18, style: style.merged(with: Style(attributes: [.bold])), alignment: .left)
            buffer.drawText(what, x: inner.x + 19, y: y, width: inner.width - 19, style: style, alignment: .left)
        }
    }
}

/// The `f` picker: the query typed so far and the actors it matches.
public enum ActorPickerView {
    public static func render(_ state: AppState, picker: ActorPicker, into buffer: inout Buffer) {
        let height = state.pickerHeight + 4
        let inner = OverlayBox.draw(title: "Filter by actor  (Enter picks, Esc cancels)", width: 72, height: height,
                                    state: state, into: &buffer)
        guard !inner.isEmpty else { return }
        let theme = state.theme
        let style = theme.overlay
        let used = buffer.drawText("Actor: ", x: inner.x, y: inner.y, width: inner.width, style: style, alignment: .left)
        let typed = buffer.drawText(StatusLineView.promptTail(picker.query, width: inner.width - used - 1), x: inner.x + used, y: inner.y, width: inner.width - used - 1, style: style,
                                    alignment: .left, mode: state.bidiMode, theme: theme)
        buffer.put("_", width: 1, style: style.merged(with: Style(attributes: [.bold])), x: inner.x + used + typed, y: inner.y)
        let list = inner.droppingTop(1)
        if picker.candidates.isEmpty {
            buffer.drawText("no actor matches", x: list.x, y: list.y, width: list.width, style: style.merged(with: theme.dim),
                            alignment: .left)
            return
        }
        for line in 0..<list.height {
            let row = picker.cursor.top + line
            guard row < picker.candidates.count, let at = state.actorRowIndex[picker.candidates[row]] else { break }
            let actor = state.allActorRows[at]
            let y = list.y + line
            var base = style
            if row == picker.cursor.selected { base = base.merged(with: theme.selectedRow) }
            buffer.fill(Rect(x: list.x, y: y, width: list.width, height: 1), style: base)
            buffer.drawText(actor.type.rawValue, x: list.x, y: y, width: 4, style: base.merged(with: theme.entityType(actor.type)),
                            alignment: .left)
            buffer.drawText(String(actor.mentionCount), x: list.x + 5, y: y, width: 4, style: base, alignment: .right)
            let nameWidth = max(4, (list.width - 11) / 2)
            buffer.drawText(actor.englishName, x: list.x + 11, y: y, width: nameWidth, style: base, alignment: .left,
                            direction: .leftToRight, mode: state.bidiMode, theme: theme)
            buffer.drawText(actor.arabicName, x: list.x + 12 + nameWidth, y: y, width: list.maxX - (list.x + 12 + nameWidth),
                            style: base, mode: state.bidiMode, theme: theme)
        }
    }
}
