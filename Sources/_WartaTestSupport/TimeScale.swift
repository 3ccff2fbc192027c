import FoundationEssentials

/// How much slower than a plain debug build this test run may be: `WARTA_TIME_SCALE`
/// (`scripts/sanitizers.sh` sets 10), so time budgets in tests still hold under sanitizers.
public let testTimeScale: Double = ProcessInfo.processInfo.environment["WARTA_TIME_SCALE"].flatMap(Double.init) ?? 1
