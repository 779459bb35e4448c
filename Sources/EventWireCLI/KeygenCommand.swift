import ArgumentParser
import Foundation
import ZeroMQ

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// `eventwire keygen`: makes a CURVE key pair for `[security]` and `tail --secret-key`.
struct KeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Make a CURVE key pair: PREFIX.key (secret, mode 0600) and PREFIX.pub (public).",
        discussion: """
            Each file holds one 40-character Z85 key (zmq_curve_keypair). Give the daemon its pair in \
            [security] secret_key_file and public_key_file; give each subscriber its own pair, and put the \
            subscribers' .pub keys in the daemon's allowed_clients (or cat them into allowed_clients_file). \
            The public key is also printed on stdout; the secret key only ever goes to PREFIX.key. Existing \
            files are not overwritten.
            """)

    @Option(help: "Path prefix of the two files.")
    var out = "eventwire"

    func run() throws {
        guard CurveKeyPair.isAvailable else {
            printError("eventwire keygen: this libzmq was built without CURVE (zmq_has(\"curve\") is false)")
            throw ExitCode(1)
        }
        let secretPath = out + ".key"
        let publicPath = out + ".pub"
        let pair: CurveKeyPair
        do {
            pair = try CurveKeyPair.generate()
        } catch {
            printError("eventwire keygen: \(error)")
            throw ExitCode(1)
        }
        do {
            // Created 0600 from the start (O_EXCL: never over an existing file, never through a planted link).
            try Self.write(pair.secretKey + "\n", to: secretPath, mode: 0o600)
            do {
                try Self.write(pair.publicKey + "\n", to: publicPath, mode: 0o644)
            } catch {
                unlink(secretPath)
                throw error
            }
        } catch let error as KeyFileWriteError {
            printError("eventwire keygen: \(error)")
            throw ExitCode(error.code == EEXIST ? 73 : 1)  // EX_CANTCREAT
        }
        print(pair.publicKey)
        let fingerprint = (try? CurveKeyPair.fingerprint(ofPublicKey: pair.publicKey)) ?? "-"
        printError("eventwire keygen: wrote \(secretPath) (secret, 0600) and \(publicPath); fingerprint \(fingerprint)")
    }

    private struct KeyFileWriteError: Error, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "\(path): \(String(cString: strerror(code)))" }
    }

    /// Writes a new file with exactly `mode`, failing when it exists.
    private static func write(_ text: String, to path: String, mode: mode_t) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else { throw KeyFileWriteError(path: path, code: errno) }
        defer { close(fd) }
        // The umask may have taken bits away from `mode`; set it exactly.
        guard fchmod(fd, mode) == 0 else { throw KeyFileWriteError(path: path, code: errno) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw KeyFileWriteError(path: path, code: errno)
            }
            written += result
        }
    }
}

/// `write(2)`, named apart from the command's own `write(_:to:mode:)`.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}
