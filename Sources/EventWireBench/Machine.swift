import Foundation

/// What the numbers were measured on: printed above the table and stored in the JSON.
struct MachineInfo: Codable, Sendable {
    var cpus: Int
    var cpuModel: String
    var memoryGiB: Double
    var kernel: String
    var build: String
    var date: String
    var commit: String
    var swiftRuntime: String
    var libzmq: String

    static func current(packageRoot: String, libzmq: String) -> MachineInfo {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model =
            cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        let memKiB = procValue("/proc/meminfo", key: "MemTotal") ?? 0
        #if DEBUG
            let build = "debug"
        #else
            let build = "release"
        #endif
        var uts = utsname()
        uname(&uts)
        let release = withUnsafeBytes(of: &uts.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let commit = shell(["git", "-C", packageRoot, "rev-parse", "--short", "HEAD"]) ?? "unknown"
        let dirty =
            (shell(["git", "-C", packageRoot, "status", "--porcelain", "--untracked-files=no"]) ?? "").isEmpty
            ? "" : " + uncommitted changes"
        let formatter = ISO8601DateFormatter()
        return MachineInfo(
            cpus: ProcessInfo.processInfo.activeProcessorCount, cpuModel: model,
            memoryGiB: (Double(memKiB) / 1_048_576 * 10).rounded() / 10, kernel: "Linux \(release)", build: build,
            date: formatter.string(from: Date()), commit: commit + dirty, swiftRuntime: swiftVersion(),
            libzmq: libzmq)
    }

    private static func swiftVersion() -> String {
        #if compiler(>=6.3)
            return "Swift 6.3+"
        #else
            return "Swift < 6.3"
        #endif
    }

    /// Runs a command and returns its trimmed stdout, or nil when it fails.
    static func shell(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Reads `Key:   1234 kB` style values from a /proc file, in KiB.
func procValue(_ path: String, key: String) -> Int? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
        let digits = line.dropFirst(key.count + 1).filter(\.isNumber)
        return Int(digits)
    }
    return nil
}

/// The process's resident memory, from /proc/self/status.
enum ResidentMemory {
    /// The current resident set (`VmRSS`), in MiB.
    static var currentMiB: Double { Double(procValue("/proc/self/status", key: "VmRSS") ?? 0) / 1024 }
    /// The peak resident set (`VmHWM`), in MiB.
    static var peakMiB: Double { Double(procValue("/proc/self/status", key: "VmHWM") ?? 0) / 1024 }

    /// Resets `VmHWM` to the current RSS (writes `5` to /proc/self/clear_refs); false where the kernel refuses.
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }
}

/// A monotonic clock in nanoseconds (CLOCK_MONOTONIC via DispatchTime), cheap enough per message.
@inline(__always) func nowNanoseconds() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
