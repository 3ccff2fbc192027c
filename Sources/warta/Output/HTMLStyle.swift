import Warta

/// The look of the html output (and brat's `visual.conf`): one colour and legend name per label,
/// the page's CSS and its small script (legend toggles, quote–speaker pairing). The script
/// avoids `<` and `&` so the page stays well-formed XML.
enum HTMLStyle {
    static func colour(of label: String) -> String {
        switch label {
        case "QUOTE": "#fff3bf"
        case "SPEAKER": "#ffc9c9"
        case "PERSON": "#d0bfff"
        case "ORG": "#a5d8ff"
        case "DATE", "TIME": "#b2f2bb"
        case "MONEY": "#ffd8a8"
        case "PERCENT": "#ffe066"
        case "QUANTITY": "#99e9f2"
        default: "#e9ecef"
        }
    }

    static func name(of label: String) -> String {
        switch label {
        case "QUOTE": "Quote"
        case "SPEAKER": "Speaker"
        case "PERSON": "Person"
        case "ORG": "Organisation"
        case "DATE": "Date"
        case "TIME": "Time"
        case "MONEY": "Money"
        case "PERCENT": "Percent"
        case "QUANTITY": "Quantity"
        case "CARDINAL": "Number"
        case "ORDINAL": "Ordinal"
        case "LAYOUT": "Dateline, Baca juga, credits"
        default: label
        }
    }

    static var css: String {
        var css = """
            body { font: 16px/1.7 system-ui, -apple-system, "Segoe UI", sans-serif; color: #212529; margin: 0; background: #f8f9fa; }
            header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #dee2e6; padding: .6em 1.5em; z-index: 2; }
            header h1 { font-size: 1.1em; margin: 0 0 .3em; }
            header h1 small { font-weight: normal; color: #868e96; }
            .legend { display: flex; flex-wrap: wrap; gap: .3em .9em; font-size: .85em; }
            .legend label { cursor: pointer; user-select: none; }
            .legend .count { color: #868e96; }
            main { max-width: 58em; margin: 0 auto; padding: 1em 1.5em 3em; }
            article { background: #fff; border: 1px solid #dee2e6; border-radius: 6px; padding: 1em 1.5em; margin: 1.2em 0; }
            article h2 { font-size: 1.15em; margin: 0; }
            .meta { color: #868e96; font-size: .85em; margin: .2em 0 .8em; }
            .text { white-space: pre-wrap; overflow-wrap: anywhere; }
            .m { border-radius: 3px; padding: 1px 0; box-decoration-break: clone; -webkit-box-decoration-break: clone; cursor: help; }
            .m.QUOTE { background: #fff3bf; border-bottom: 2px solid #fab005; padding: 0; }
            .m.SPEAKER { border-bottom: 3px solid #e03131; padding-bottom: 0; }
            .m.LAYOUT { background: none; color: #868e96; font-style: italic; cursor: default; }
            .m.pair { outline: 2px solid #e03131; }
            table { border-collapse: collapse; width: 100%; font-size: .88em; margin: .3em 0 .8em; }
            th, td { text-align: left; vertical-align: top; border-top: 1px solid #e9ecef; padding: .25em .5em; }
            th { color: #495057; font-weight: 600; }
            details summary { cursor: pointer; color: #495057; font-weight: 600; margin-top: .6em; }
            .swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; vertical-align: -.1em; margin-right: .25em; border: 1px solid #ced4da; }
            .warning { color: #c92a2a; font-size: .85em; }
            .empty { color: #868e96; font-style: italic; }

            """
        for label in Mention.labels where label != "QUOTE" && label != "SPEAKER" {
            css += ".m.\(label) { background: \(colour(of: label)); }\n"
        }
        css += ".m.SPEAKER { background: \(colour(of: "SPEAKER")); }\n"
        for label in Mention.labels + ["LAYOUT"] {
            css += "body.hide-\(label) .m.\(label) { background: none; border-bottom: none; }\n"
        }
        return css
    }

    static let script = """
        document.querySelectorAll('.legend input').forEach(function (box) {
          box.addEventListener('change', function () { document.body.classList.toggle('hide-' + box.value, !box.checked); });
        });
        document.querySelectorAll('.m[data-quote]').forEach(function (element) {
          function pair(on) {
            element.closest('article').querySelectorAll('.m[data-quote="' + element.getAttribute('data-quote') + '"]').forEach(function (other) {
              other.classList.toggle('pair', on);
            });
          }
          element.addEventListener('mouseenter', function () { pair(true); });
          element.addEventListener('mouseleave', function () { pair(false); });
        });
        """
}
