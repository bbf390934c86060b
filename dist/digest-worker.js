import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/export/csv-simd.ts
/**
 * The inner loop of the record count (csv-rows.ts) in WebAssembly SIMD, 16 bytes at a time: the
 * quotes and the line feeds of a block as two bit masks, a prefix XOR of the quote mask that
 * says for each byte whether it lies inside quotes (the method simdjson made known), and the
 * line feeds outside them counted with popcnt. Faster than finding the line feeds alone with
 * indexOf (`npm run bench`, BENCHMARKS.md "Decisions").
 *
 * The module is 209 bytes, assembled below from its instructions, so that what runs can be read
 * here; it compiles on first use. Where WebAssembly or its SIMD is missing (node --jitless),
 * `simdRecords` is undefined and csv-rows.ts counts with `byteRecords`.
 */
/** Bytes handed over per call: what the module's memory holds (16 pages of 64 KiB, and one spare). */
const PIECE_BYTES = 1024 * 1024;
const uleb = (n) => {
    const out = [];
    do {
        out.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
        n >>>= 7;
    } while (n);
    return out;
};
const sleb = (n) => {
    const out = [];
    for (;;) {
        const low = n & 0x7f;
        n >>= 7;
        if ((n === 0 && !(low & 0x40)) || (n === -1 && low & 0x40))
            return [...out, low];
        out.push(low | 0x80);
    }
};
// Parameters 0 (bytes) and 1 (inside quotes at the start, 0 or 1), then the locals.
const [BYTES, START, AT, END, RECORDS, QUOTED, QUOTES, FEEDS, INSIDE, BLOCK] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const get = (local) => [0x20, local];
const set = (local) => [0x21, local];
const i32 = (n) => [0x41, ...sleb(n)];
const simd = (op) => [0xfd, ...uleb(op)];
const [AND, OR, XOR, SHL, SHR_U, ADD, SUB, POPCNT, GE_U] = [0x71, 0x72, 0x73, 0x74, 0x76, 0x6a, 0x6b, 0x69, 0x4f];
/** The block's bytes equal to `byte`, as a 16-bit mask (i8x16.splat, i8x16.eq, i8x16.bitmask). */
const maskOf = (byte, into) => [
    ...get(BLOCK),
    ...i32(byte),
    ...simd(15),
    ...simd(35),
    ...simd(100),
    ...set(into)
];
const prefixXor = (shift) => [...get(INSIDE), ...get(INSIDE), ...i32(shift), SHL, XOR, ...set(INSIDE)];
/** count(bytes, quoted) → records × 2 + quoted after them, over whole blocks of memory from 0. */
const COUNT = [
    ...[2, 7, 0x7f, 1, 0x7b], // locals: 7 × i32, 1 × v128
    ...[...get(BYTES), ...i32(-16), AND, ...set(END), ...get(START), ...set(QUOTED)],
    ...[0x02, 0x40, 0x03, 0x40], // block, loop
    ...[...get(AT), ...get(END), GE_U, 0x0d, 1], // br_if out of the block once every block is done
    ...[...get(AT), ...simd(0), 0, 0, ...set(BLOCK)], // v128.load
    ...maskOf(0x22, QUOTES),
    ...maskOf(0x0a, FEEDS),
    ...[...get(QUOTES), ...set(INSIDE), ...prefixXor(1), ...prefixXor(2), ...prefixXor(4), ...prefixXor(8)],
    ...[...get(INSIDE), ...i32(0), ...get(QUOTED), SUB, XOR, ...set(INSIDE)], // flipped when the block starts inside
    ...[...get(RECORDS), ...get(FEEDS), ...get(INSIDE), ...i32(-1), XOR, AND, POPCNT, ADD, ...set(RECORDS)],
    ...[...get(INSIDE), ...i32(15), SHR_U, ...i32(1), AND, ...set(QUOTED)],
    ...[...get(AT), ...i32(16), ADD, ...set(AT), 0x0c, 0, 0x0b, 0x0b], // next block; end loop, end block
    ...[...get(RECORDS), ...i32(1), SHL, ...get(QUOTED), OR, 0x0b]
];
const section = (id, bytes) => [id, ...uleb(bytes.length), ...bytes];
const csv_simd_name = (text) => [...uleb(text.length), ...Buffer.from(text)];
const MODULE = Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, 0x60, 2, 0x7f, 0x7f, 1, 0x7f]), // type: (i32, i32) → i32
    ...section(3, [1, 0]),
    ...section(5, [1, 0, PIECE_BYTES / 65536 + 1]), // memory
    ...section(7, [2, ...csv_simd_name('memory'), 2, 0, ...csv_simd_name('count'), 0, 0]),
    ...section(10, [1, ...uleb(COUNT.length), ...COUNT])
]);
let compiled;
function instance() {
    if (compiled === undefined) {
        try {
            const { exports } = new WebAssembly.Instance(new WebAssembly.Module(MODULE));
            compiled = { memory: new Uint8Array(exports.memory.buffer), count: exports.count };
        }
        catch {
            compiled = null;
        }
    }
    return compiled;
}
/**
 * The line feeds outside quotes in `chunk`, from `quoted` (1: the chunk starts inside quotes):
 * records × 2 + whether it ends inside quotes. Undefined where the module cannot run.
 */
function simdRecords(chunk, quoted) {
    const simd = instance();
    if (!simd)
        return undefined;
    let records = 0;
    for (let at = 0; at < chunk.length; at += PIECE_BYTES) {
        const piece = chunk.subarray(at, at + PIECE_BYTES);
        simd.memory.set(piece);
        const counted = simd.count(piece.length, quoted);
        // The last bytes, short of a block, one by one.
        const tail = byteRecords(piece.subarray(piece.length & ~15), counted & 1);
        records += (counted >>> 1) + (tail >>> 1);
        quoted = tail & 1;
    }
    return records * 2 + quoted;
}
/** What simdRecords gives, byte by byte. */
function byteRecords(chunk, quoted) {
    let records = 0;
    for (let i = 0; i < chunk.length; i++) {
        if (chunk[i] === 0x22)
            quoted ^= 1;
        else if (chunk[i] === 0x0a && quoted === 0)
            records++;
    }
    return records * 2 + quoted;
}

;// CONCATENATED MODULE: ./src/export/csv-rows.ts
/**
 * Counts the records of a CSV as it streams past: line breaks outside double quotes end a
 * record, so a quoted value may hold line breaks of its own (RFC 4180). The header is not a row.
 * Every byte of an export passes through here: the counting itself runs 16 bytes at a time in
 * csv-simd.ts, byte by byte only where WebAssembly cannot run.
 */

const LF = 0x0a;
const CR = 0x0d;
class RowCounter {
    inQuotes = 0;
    records = 0;
    /** Whether bytes have arrived since the last record ended (a last line without a break). */
    open = false;
    update(chunk) {
        if (chunk.length === 0)
            return;
        const counted = simdRecords(chunk, this.inQuotes) ?? byteRecords(chunk, this.inQuotes);
        const quoted = counted % 2;
        this.records += (counted - quoted) / 2;
        this.inQuotes = quoted;
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

