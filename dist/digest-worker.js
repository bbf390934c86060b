import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/export/csv-rows.ts
/**
 * Counts the records of a CSV as it streams past: line breaks outside double quotes end a
 * record, so a quoted value may hold line breaks of its own (RFC 4180). The header is not a row.
 *
 * Every byte of an export passes through here, so the loop reads four bytes at a time, looks at
 * single bytes only in words that hold a line feed, and folds the quotes of the words between
 * into one parity bit only there (`npm run bench`, BENCHMARKS.md "Decisions": on Node 24 it
 * costs what finding the line feeds with indexOf costs).
 */
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** The word loop reads bytes in little-endian order (x64 and arm64 runners); elsewhere, one by one. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const NO_WORDS = new Int32Array(0);
class RowCounter {
    inQuotes = 0;
    records = 0;
    /** Whether bytes have arrived since the last record ended (a last line without a break). */
    open = false;
    update(chunk) {
        if (chunk.length === 0)
            return;
        let quoted = this.inQuotes;
        let records = this.records;
        // Int32Array needs an aligned start: the bytes before it, and after the last word, go one by
        // one. (Plain loops, not a helper: a closure over these counters makes V8 keep them in a
        // context, which halves the speed of the word loop.)
        const head = LITTLE_ENDIAN ? Math.min(chunk.length, (4 - (chunk.byteOffset & 3)) & 3) : chunk.length;
        for (let i = 0; i < head; i++) {
            const byte = chunk[i];
            if (byte === QUOTE)
                quoted ^= 1;
            else if (byte === LF && quoted === 0)
                records++;
        }
        const count = head === chunk.length ? 0 : (chunk.length - head) >> 2;
        const words = count > 0 ? new Int32Array(chunk.buffer, chunk.byteOffset + head, count) : NO_WORDS;
        // The quote markers of words without a line feed are only XORed together: the parity of the
        // bits is the parity of the quotes, and it is needed only at the next line feed.
        let pending = 0;
        for (let w = 0; w < count; w++) {
            const word = words[w];
            // SWAR zero-byte test, written out (a helper call here costs a third of the speed on
            // Node 24): the high bit of each byte that is a line feed, and of each that is a quote.
            const f = word ^ 0x0a0a0a0a;
            const feeds = ~(((f & 0x7f7f7f7f) + 0x7f7f7f7f) | f | 0x7f7f7f7f);
            const q = word ^ 0x22222222;
            const quotes = ~(((q & 0x7f7f7f7f) + 0x7f7f7f7f) | q | 0x7f7f7f7f);
            if (feeds === 0) {
                pending ^= quotes;
                continue;
            }
            let bits = pending >>> 7;
            bits ^= bits >>> 16;
            bits ^= bits >>> 8;
            quoted ^= bits & 1;
            pending = 0;
            // Byte order: the lowest byte of a little-endian word comes first in the stream.
            for (let shift = 7; shift < 32; shift += 8) {
                if ((quotes >>> shift) & 1)
                    quoted ^= 1;
                else if ((feeds >>> shift) & 1 && quoted === 0)
                    records++;
            }
        }
        let bits = pending >>> 7;
        bits ^= bits >>> 16;
        bits ^= bits >>> 8;
        quoted ^= bits & 1;
        for (let i = head + count * 4; i < chunk.length; i++) {
            const byte = chunk[i];
            if (byte === QUOTE)
                quoted ^= 1;
            else if (byte === LF && quoted === 0)
                records++;
        }
        this.inQuotes = quoted;
        this.records = records;
        this.open = this.openAfter(chunk, quoted);
    }
    /** The last byte that is not a CR decides: a line feed outside quotes closes the record. */
    openAfter(chunk, quoted) {
        let last = chunk.length - 1;
        while (last >= 0 && chunk[last] === CR)
            last--;
        if (last < 0)
            return this.open;
        return chunk[last] !== LF || quoted === 1;
    }
    /** A counter that goes on from where this one is (a joined file goes back to a piece's start). */
    copy() {
        return Object.assign(new RowCounter(), this);
    }
    /** Data rows: records after the header. */
    get rows() {
        return Math.max(0, this.records + (this.open ? 1 : 0) - 1);
    }
}

;// CONCATENATED MODULE: ./src/export/digest.ts
/**
 * A CSV's digest: its SHA-256 and its rows (csv-rows.ts), taken either from chunks as they
 * stream past or by reading a file back as it grows (digest-worker.ts does that on its own
 * thread, so hashing a large export does not slow its download).
 */



/** SHA-256 and rows of chunks as they stream past; without a counter (`null`), the SHA-256 only (rows 0). */
class StreamDigest {
    hash;
    counter;
    constructor(hash = (0,external_node_crypto_namespaceObject.createHash)('sha256'), counter = new RowCounter()) {
        this.hash = hash;
        this.counter = counter;
    }
    /** A digest that goes on from this one's state, kept to go back to (hash.copy() is cheap). */
    copy() {
        return new StreamDigest(this.hash.copy(), this.counter?.copy() ?? null);
    }
    update(chunk) {
        this.hash.update(chunk);
        this.counter?.update(chunk);
    }
    result() {
        return { rows: this.counter?.rows ?? 0, sha256: this.hash.digest('hex') };
    }
}
/** Reads 1 MiB at a time: large enough that a read costs little, small enough to stay in cache. */
const READ_BYTES = 1024 * 1024;
/** The digest of bytes [0, n) of an open file, read with positional reads (the writer's offset is untouched). */
class FileDigest {
    fd;
    stream;
    buffer = Buffer.allocUnsafe(READ_BYTES);
    position = 0;
    saved;
    /** `rows`: count the rows too (else the SHA-256 only). */
    constructor(fd, rows = true) {
        this.fd = fd;
        this.stream = new StreamDigest((0,external_node_crypto_namespaceObject.createHash)('sha256'), rows ? new RowCounter() : null);
    }
    /**
     * Takes in the bytes up to `end`, which the writer has written. The file may have been cut
     * shorter since (a rewind is on its way): reading stops there, and result() checks the end.
     */
    readTo(end) {
        while (this.position < end) {
            const read = (0,external_node_fs_namespaceObject.readSync)(this.fd, this.buffer, 0, Math.min(READ_BYTES, end - this.position), this.position);
            if (read === 0)
                return;
            this.stream.update(this.buffer.subarray(0, read));
            this.position += read;
        }
    }
    /** Keeps the state at `at` (the writer's size now) to go back to. */
    mark(at) {
        this.readTo(at);
        this.saved = { at, stream: this.stream.copy() };
    }
    /** Goes back to the mark at `at`: the writer cut the file there. */
    rewind(at) {
        if (this.saved?.at !== at)
            throw new Error(`no mark at ${at} bytes to go back to`);
        this.stream = this.saved.stream.copy();
        this.position = at;
    }
    /** The digest of the file's `end` bytes. */
    result(end) {
        this.readTo(end);
        if (this.position !== end)
            throw new Error(`the file ends at ${this.position} bytes, before ${end}`);
        return this.stream.result();
    }
}

;// CONCATENATED MODULE: ./src/export/digest-worker.ts
/**
 * Entry of dist/digest-worker.js, a worker thread that digests a part file while the main
 * thread downloads into it (background-digest.ts). Hashing on the main thread stalled the
 * socket; on its own thread it overlaps the transfer (BENCHMARKS.md "Decisions").
 */


if (external_node_worker_threads_namespaceObject.parentPort) {
    const port = external_node_worker_threads_namespaceObject.parentPort;
    // The rows are counted on the main thread as the chunks arrive (background-digest.ts).
    const digest = new FileDigest(external_node_worker_threads_namespaceObject.workerData.fd, false);
    port.on('message', (progress) => {
        try {
            if (progress.mark === 'keep')
                digest.mark(progress.written);
            else if (progress.mark === 'rewind')
                digest.rewind(progress.written);
            else if (progress.end)
                port.postMessage({ digest: digest.result(progress.written) });
            else
                digest.readTo(progress.written);
        }
        catch (error) {
            port.postMessage({ error: error.message });
        }
    });
}

