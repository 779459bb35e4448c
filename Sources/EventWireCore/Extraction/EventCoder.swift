/// Picks the closest CAMEO code and PLOVER category for an event.
///
/// Meetings: 042 make a visit, 043 host a visit, 046 negotiate, 041 telephone, 044 meet at a third
/// location, 040 otherwise (PLOVER CONSULT). Condemnations: 111 criticize or denounce (PLOVER DISAPPROVE).
/// Agreements: 057 sign formal agreement for deals, treaties and accords, 030 express intent to
/// cooperate for "agreed to ..." (PLOVER AGREE).
enum EventCoder {
    static func codes(for d: DraftEvent, actors: [DocActor]) -> EventCodes {
        switch d.type {
        case .meeting:
            let cameo: String
            if d.frame.contains(.phone) {
                cameo = "041"
            } else if d.isVisit {
                cameo = d.hostIndex != nil && d.participants.first == d.hostIndex ? "043" : "042"
            } else if d.frame.contains(.host) {
                cameo = "043"
            } else if d.frame.contains(.negotiation) {
                cameo = "046"
            } else if let country = d.place?.country,
                !d.participants.contains(where: { actors[$0].country == country })
            {
                cameo = "044"
            } else {
                cameo = "040"
            }
            return EventCodes(cameo: cameo, plover: "CONSULT")
        case .condemnation:
            return EventCodes(cameo: "111", plover: "DISAPPROVE")
        case .agreement:
            let formal = d.mentions.contains { $0.frame.contains(.formal) }
            return EventCodes(cameo: formal ? "057" : "030", plover: "AGREE")
        }
    }
}
