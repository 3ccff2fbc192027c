// Placeholder so that the stemmer branch builds on its own (this test target has no files here).
// Safe to delete when merging with a branch that has real tests for this target.
