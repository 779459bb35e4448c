/// Every problem found in one configuration file, not just the first.
///
/// Each ``Problem`` names the file, the line (and column where known), the key path such as `feed.mode`,
/// and what is wrong. ``description`` is one line a problem, `FILE:LINE: key: message`, as the contract asks
/// of errors on stderr.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The problems, in the order of the file.
    public var problems: [Problem]

    /// - Parameters:
    ///   - problems: At least one problem.
    public init(problems: [Problem]) {
        self.problems = problems
    }

    /// One line a problem.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

// MARK: - Problem

extension ConfigurationError {
    /// One thing wrong in a configuration file.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// What kind of problem this is; more kinds may come.
        public struct Kind: Sendable, Hashable, CustomStringConvertible {
            private enum Code: String, Sendable, Hashable {
                case unreadable = "unreadable file"
                case syntax = "syntax error"
                case unknownKey = "unknown key"
                case wrongType = "wrong type"
                case invalidValue = "invalid value"
            }

            private let code: Code

            private init(_ code: Code) { self.code = code }

            /// The file cannot be read.
            public static let unreadable = Kind(.unreadable)
            /// The text is not TOML; ``Problem/message`` is the parser's.
            public static let syntax = Kind(.syntax)
            /// A key or table EventWire does not know: a typo must not pass silently.
            public static let unknownKey = Kind(.unknownKey)
            /// A value of the wrong TOML type, such as a string where an integer belongs.
            public static let wrongType = Kind(.wrongType)
            /// A value of the right type that is out of range, malformed or inconsistent with another.
            public static let invalidValue = Kind(.invalidValue)

            public var description: String { code.rawValue }
        }

        /// What kind of problem.
        public var kind: Kind
        /// The file name, or what the text came from.
        public var origin: String
        /// 1-based line, when known.
        public var line: Int?
        /// 1-based column, when known.
        public var column: Int?
        /// The dotted key, such as `feed.mode`; `nil` for problems of the whole file (syntax, unreadable).
        public var keyPath: String?
        /// What is wrong, such as `expected an integer >= 1, got 0`.
        public var message: String

        public init(
            kind: Kind, origin: String, line: Int? = nil, column: Int? = nil, keyPath: String? = nil,
            message: String
        ) {
            self.kind = kind
            self.origin = origin
            self.line = line
            self.column = column
            self.keyPath = keyPath
            self.message = message
        }

        /// `FILE:LINE: key: message`; parts that are not known are left out (`FILE: message`).
        public var description: String {
            var text = origin
            if let line { text += ":\(line)" }
            text += ": "
            if let keyPath { text += "\(keyPath): " }
            return text + message
        }
    }
}
