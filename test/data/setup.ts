// Every data test runs against an in-memory IndexedDB, fresh per test file.
import 'fake-indexeddb/auto';
