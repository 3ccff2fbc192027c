/// The HTML elements the reader treats specially; every other element is `.other` and counts as
/// inline, like `<span>`. `.text` marks text nodes.
enum HTMLTag: UInt8, Sendable {
    case text, other
    case html, head, body, title, meta, link, script, style, noscript, template, svg, math, iframe, object, embed, canvas
    case video, audio, picture, img, source
    case article, main, section, div, p, br, hr, h1, h2, h3, h4, h5, h6, blockquote, pre, ul, ol, li, dl, dt, dd
    case table, thead, tbody, tfoot, tr, td, th, caption, figure, figcaption, address, center
    case nav, header, footer, aside, form, input, button, select, textarea, label, option, menu, dialog, details, summary
    case a, time, span

    /// The tag for a lowercase element name.
    init(name: String) {
        self = HTMLTag.byName[name] ?? .other
    }

    private static let byName: [String: HTMLTag] = {
        let all: [HTMLTag] = [.html, .head, .body, .title, .meta, .link, .script, .style, .noscript, .template, .svg,
            .math, .iframe, .object, .embed, .canvas, .video, .audio, .picture, .img, .source, .article, .main,
            .section, .div, .p, .br, .hr, .h1, .h2, .h3, .h4, .h5, .h6, .blockquote, .pre, .ul, .ol, .li, .dl, .dt,
            .dd, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .figure, .figcaption, .address, .center,
            .nav, .header, .footer, .aside, .form, .input, .button, .select, .textarea, .label, .option, .menu,
            .dialog, .details, .summary, .a, .time, .span]
        var table: [String: HTMLTag] = [:]
        for tag in all { table["\(tag)"] = tag }
        return table
    }()

    /// Elements that start a new line of text (a paragraph boundary).
    var isBlock: Bool {
        switch self {
        case .html, .body, .article, .main, .section, .div, .p, .br, .hr, .h1, .h2, .h3, .h4, .h5, .h6, .blockquote,
             .pre, .ul, .ol, .li, .dl, .dt, .dd, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .figure,
             .figcaption, .address, .center, .nav, .header, .footer, .aside, .form, .menu, .dialog, .details,
             .summary, .title, .option, .select, .textarea:
            return true
        default:
            return false
        }
    }

    /// Elements whose content is never article text (code, media, forms, embedded documents).
    var isNeverText: Bool {
        switch self {
        case .head, .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas, .video,
             .audio, .picture, .img, .source, .input, .button, .select, .textarea, .option, .dialog:
            return true
        default:
            return false
        }
    }

    /// Headings `<h1>`–`<h6>`.
    var isHeading: Bool { (HTMLTag.h1.rawValue...HTMLTag.h6.rawValue).contains(rawValue) }
}
