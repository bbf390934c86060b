export const id = 885;
export const ids = [885];
export const modules = {

/***/ 9505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ LabelClient)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3249);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6463);


const PAGE = 100;
/** A values listing stops here: a label with more values is searched, not listed. */
const MAX_VALUES = 100_000;
class LabelClient {
    api;
    constructor(api) {
        this.api = api;
    }
    /** GET /gdc/md/{ws}/query/attributedisplayforms: every label of the workspace. */
    async labels(workspace) {
        const res = await this.api.request({
            call: 'labels',
            method: 'GET',
            path: `/gdc/md/${workspace}/query/attributedisplayforms`
        });
        const notFound = `Workspace ${workspace} was not found, or this user cannot see it; ` + 'list yours with: flex-insights workspaces';
        const query = ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonBody */ .J9)('labels', res, notFound, this.api.transport.redact).query ?? {});
        const entries = Array.isArray(query.entries) ? query.entries : [];
        const items = [];
        for (const e of entries) {
            const uri = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(e?.link);
            const match = uri ? _metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .OBJECT_URI */ .Jt.exec(uri) : null;
            if (!uri || !match || match[1] !== workspace)
                continue;
            const identifier = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(e.identifier);
            items.push({
                uri,
                identifier: (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .isIdentifier */ ._5)(identifier) ? identifier : undefined,
                title: (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(e.title) ?? '',
                attribute: (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(e.summary),
                raw: e
            });
        }
        return { items };
    }
    /**
     * The values of a label whose title contains `search` (any case), at most `limit`, paged with
     * offset and the server's total.
     */
    async values(labelUri, options) {
        const items = [];
        const cap = Math.min(options.limit, MAX_VALUES);
        for (let offset = 0; items.length < cap;) {
            const page = await this.page(labelUri, undefined, {
                offset,
                limit: Math.min(PAGE, cap - items.length),
                search: options.search
            });
            items.push(...page.items);
            offset += page.received;
            if (page.received === 0 || offset >= page.total)
                return { items };
        }
        return { items, incomplete: options.limit > MAX_VALUES ? `a values listing stops at ${MAX_VALUES}` : undefined };
    }
    /** The element URIs of `titles` (exact titles); a title the label does not have is not in the map. */
    async elementUris(labelUri, titles) {
        const page = await this.page(labelUri, titles, { offset: 0, limit: Math.max(PAGE, titles.length) });
        return new Map(page.items.filter(v => titles.includes(v.title)).map(v => [v.title, v.uri]));
    }
    async page(labelUri, titles, at) {
        const query = new URLSearchParams({ offset: String(at.offset), limit: String(at.limit) });
        if (at.search)
            query.set('filter', at.search);
        const res = await this.api.request({
            call: 'values',
            method: 'POST',
            path: `${labelUri}/validElements?${query.toString()}`,
            body: { validElementsRequest: titles ? { titles } : {} }
        });
        const notFound = `Label ${labelUri} was not found; list the labels with: flex-insights labels`;
        const body = ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonBody */ .J9)('values', res, notFound, this.api.transport.redact).validElements ?? {});
        const raw = Array.isArray(body.items) ? body.items : [];
        const items = [];
        for (const item of raw) {
            const element = (item?.element ?? {});
            const uri = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(element.uri);
            const title = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(element.title);
            // Only the label's own elements: `<label>/elements?id=<digits>`.
            if (uri && title !== undefined && uri.startsWith(`${labelUri}/elements?id=`) && /=\d{1,18}$/.test(uri))
                items.push({ uri, title, raw: item });
        }
        const paging = (body.paging ?? {});
        const total = Number(paging.total);
        return { items, received: raw.length, total: Number.isFinite(total) ? total : at.offset + raw.length };
    }
}


/***/ }),

/***/ 364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ exportAll),
  F: () => (/* binding */ highestExit)
});

// EXTERNAL MODULE: ./src/api/metadata.ts
var api_metadata = __webpack_require__(6463);
// EXTERNAL MODULE: ./src/api/errors.ts
var errors = __webpack_require__(3249);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
class csv_rows_RowCounter {
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
        return Object.assign(new csv_rows_RowCounter(), this);
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
    constructor(hash = (0,external_node_crypto_.createHash)('sha256'), counter = new csv_rows_RowCounter()) {
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
const READ_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
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
        this.stream = new StreamDigest(createHash('sha256'), rows ? new RowCounter() : null);
    }
    /**
     * Takes in the bytes up to `end`, which the writer has written. The file may have been cut
     * shorter since (a rewind is on its way): reading stops there, and result() checks the end.
     */
    readTo(end) {
        while (this.position < end) {
            const read = readSync(this.fd, this.buffer, 0, Math.min(READ_BYTES, end - this.position), this.position);
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

;// CONCATENATED MODULE: ./src/export/background-digest.ts
/**
 * The digest of a download: taken inline from the chunks at first, then, once a report is large
 * enough to pay for a thread, by dist/digest-worker.js reading the part file from its start
 * while the main thread keeps the socket drained. Where the worker file is absent (running
 * from src/ in unit tests) or no file is written (stdout), the digest stays inline.
 */







/** Below this a thread costs more to start than hashing inline costs (BENCHMARKS.md "Decisions"). */
const BACKGROUND_FROM = 8 * 1024 * 1024;
/** How far the file must grow before the worker is told again. */
const NOTIFY_BYTES = 4 * 1024 * 1024;
/** Beside this module's bundle in dist/ (scripts/bundle.mjs); a plain name, so ncc leaves it alone. */
const WORKER_NAME = 'digest-worker.js';
const workerFile = () => (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), WORKER_NAME);
let workerFileExists;
/** `npm run bench` turns the thread off to show what it is worth (BENCHMARKS.md "Decisions"). */
const THREAD_OFF = process.env.FLEX_INSIGHTS_AUTH_DIGEST_THREAD === 'off';
class DownloadDigest {
    fd;
    /** The rows, counted here as chunks arrive: the main thread has time to spare while it waits on the socket. */
    rows = new csv_rows_RowCounter();
    /** The SHA-256, here until the worker takes it over. */
    inline = new StreamDigest((0,external_node_crypto_.createHash)('sha256'), null);
    worker;
    answer;
    told = 0;
    /** Where the digest can go back to (a joined file's piece start), for inline digests. */
    marked;
    /** `fd`: the file the chunks are written to, open for reading too; none for stdout. */
    constructor(fd) {
        this.fd = fd;
    }
    /** Call once `chunk` is written; `written` counts every byte so far. */
    add(chunk, written) {
        this.rows.update(chunk);
        if (this.inline) {
            this.inline.update(chunk);
            if (this.fd !== undefined &&
                written >= BACKGROUND_FROM &&
                !THREAD_OFF &&
                (workerFileExists ??= (0,external_node_fs_.existsSync)(workerFile()))) {
                this.start(this.fd);
            }
        }
        if (this.worker && written - this.told >= NOTIFY_BYTES)
            this.tell({ written, end: false });
    }
    /** Keeps the state after `written` bytes to go back to: a joined file begins a piece. */
    mark(written) {
        this.marked = { at: written, rows: this.rows.copy(), inline: this.inline?.copy() };
        if (this.worker)
            this.tell({ written, end: false, mark: 'keep' });
    }
    /** Goes back to the mark: the file was cut to `written` bytes, its size at the mark. */
    rewind(written) {
        if (this.marked?.at !== written)
            throw new Error(`no mark at ${written} bytes to go back to`);
        this.rows = this.marked.rows.copy();
        if (this.worker)
            this.tell({ written, end: false, mark: 'rewind' });
        else
            this.inline = this.marked.inline?.copy();
    }
    async finish(written) {
        const rows = this.rows.rows;
        if (this.inline)
            return { rows, sha256: this.inline.result().sha256 };
        this.tell({ written, end: true });
        try {
            return { rows, sha256: (await this.answer).sha256 };
        }
        finally {
            this.dispose();
        }
    }
    dispose() {
        void this.worker?.terminate();
    }
    start(fd) {
        // No resourceLimits: smaller heaps did not lower the thread's ~15 MB on Node 24 (measured).
        const worker = new external_node_worker_threads_.Worker(workerFile(), { workerData: { fd } });
        this.answer = new Promise((resolve, reject) => {
            worker.on('message', (answer) => answer.digest ? resolve(answer.digest) : reject(new Error(`digest of the part file: ${answer.error}`)));
            worker.on('error', reject);
            worker.on('exit', code => reject(new Error(`the digest thread stopped (exit code ${code})`)));
        });
        this.answer.catch(() => undefined); // awaited in finish(); a failed download never asks
        this.worker = worker;
        this.inline = undefined; // the worker reads the file from its first byte
        if (this.marked)
            this.tell({ written: this.marked.at, end: false, mark: 'keep' });
    }
    tell(progress) {
        this.told = progress.written;
        this.worker?.postMessage(progress);
    }
}

// EXTERNAL MODULE: ./src/session/session-file.ts
var session_file = __webpack_require__(3527);
// EXTERNAL MODULE: ./src/export/targets.ts
var targets = __webpack_require__(4640);
;// CONCATENATED MODULE: ./src/export/part-file.ts
/**
 * Atomic output files: bytes go to `<dir>/.<name>.<pid>-<random>.part` (created new, never an
 * existing file or link), and only a complete file is renamed to its name, so a later step
 * never sees half a report. Every part file still open is removed on failure, on timeout and on
 * SIGINT/SIGTERM (see removeAllPartFiles); one that a SIGKILL left behind is removed by the next
 * export into the same folder (targets.ts, removeStaleParts). No fsync: runner VMs are thrown
 * away after the job, and readers need only the atomic rename.
 */





/** Part files of this process that are not yet committed or discarded. */
const part_file_open = new Set();
/** Removes every part file still open; safe to call from a signal handler. */
function removeAllPartFiles() {
    for (const path of part_file_open)
        (0,external_node_fs_.rmSync)(path, { force: true });
    part_file_open.clear();
}
class PartFile {
    target;
    path;
    /** Open for reading too: the digest reads the file back as it grows (background-digest.ts). */
    fd;
    /** Bytes in the file; every write goes there (positional, so truncate() can move it back). */
    size = 0;
    closed = false;
    constructor(target) {
        this.target = target;
        this.path = (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.part`);
        try {
            this.fd = (0,external_node_fs_.openSync)(this.path, 'wx+', 0o644);
        }
        catch (error) {
            throw (0,targets/* fileSystemError */.uG)(error, this.path, 'creating');
        }
        part_file_open.add(this.path);
    }
    /**
     * Synchronous, like curl's: the bytes are in the file when it returns, which is what the
     * digest's reader relies on, and the bench shows no loss against a write stream.
     */
    write(chunk) {
        try {
            for (let done = 0; done < chunk.length;) {
                const wrote = (0,external_node_fs_.writeSync)(this.fd, chunk, done, chunk.length - done, this.size);
                done += wrote;
                this.size += wrote;
            }
        }
        catch (error) {
            throw (0,targets/* fileSystemError */.uG)(error, this.target, 'writing');
        }
    }
    /** Cuts the file back to `size` bytes: a joined file drops a piece whose download broke (join.ts). */
    truncate(size) {
        try {
            (0,external_node_fs_.ftruncateSync)(this.fd, size);
        }
        catch (error) {
            throw (0,targets/* fileSystemError */.uG)(error, this.target, 'writing');
        }
        this.size = size;
    }
    /** Gives the complete file its name; without `clobber` an existing file is never replaced. */
    commit(clobber) {
        try {
            this.close();
            // Again now: what stands at the target may have changed, or was not known before.
            (0,targets/* checkTarget */.e$)(this.target, clobber);
            // replaceFile: Windows refuses to replace a file another program holds open; those holds pass.
            if (clobber)
                (0,session_file/* replaceFile */.fR)(this.path, this.target);
            else {
                try {
                    (0,external_node_fs_.linkSync)(this.path, this.target); // fails if the target exists, unlike rename
                }
                catch (error) {
                    const code = error.code;
                    const exists = new targets/* TargetRefusedError */.Sr(`${this.target} already exists; pass --clobber to overwrite it`);
                    if (code === 'EEXIST')
                        throw exists;
                    // A file system without hard links: check, then rename.
                    if ((0,external_node_fs_.existsSync)(this.target))
                        throw exists;
                    (0,session_file/* replaceFile */.fR)(this.path, this.target);
                }
            }
        }
        finally {
            this.discard();
        }
    }
    /** Removes the part file (after a failure, or after commit linked it). */
    discard() {
        this.close();
        (0,external_node_fs_.rmSync)(this.path, { force: true });
        part_file_open.delete(this.path);
    }
    close() {
        if (this.closed)
            return;
        this.closed = true;
        (0,external_node_fs_.closeSync)(this.fd);
    }
}

;// CONCATENATED MODULE: ./src/export/download.ts
/**
 * A result's CSV on its way to its target: written chunk by chunk into a part file that gets
 * its name only when complete (part-file.ts), or to stdout, with its SHA-256, rows and bytes
 * taken on the way (background-digest.ts). A body that ends short of its Content-Length counts
 * as broken, like a reset connection.
 */



/**
 * Saves a 200 (or an empty 204) answer to `path`, or to `stdout` when there is no path. Any
 * failure leaves no part file behind; `clobber` replaces an existing file.
 */
async function save(res, to, progress) {
    const part = to.path ? new PartFile(to.path) : undefined;
    const digest = new DownloadDigest(part?.fd);
    let bytes = 0;
    try {
        const digested = (chunk) => {
            bytes += chunk.length;
            digest.add(chunk, bytes);
        };
        const stdout = to.stdout;
        const write = part
            ? (chunk) => {
                part.write(chunk);
                digested(chunk);
            }
            : (chunk) => {
                digested(chunk);
                return writeOut(stdout, chunk);
            };
        // The process's stdout is done with a chunk once its write calls back; another stream may keep it.
        await receive(res, progress, 0, write, part !== undefined || stdout === process.stdout);
        const { rows, sha256 } = await digest.finish(bytes);
        part?.commit(to.clobber);
        return { bytes, rows, sha256 };
    }
    catch (error) {
        digest.dispose();
        part?.discard();
        throw error;
    }
}
/**
 * Hands each chunk of a body to `write` and returns the bytes received; `progress.bytes` counts
 * on from `before` (the bytes a joined file holds already). A body that ends short of its
 * Content-Length is broken, and may be fetched again. `views`: `write` is done with a chunk when
 * it returns or its promise settles, so the chunks may be views of a reused buffer (pipeTo).
 */
async function receive(res, progress, before, write, views) {
    let bytes = 0;
    const counted = (chunk) => {
        const written = write(chunk);
        bytes += chunk.length;
        progress.bytes = before + bytes;
        return written;
    };
    if (views && res.pipeTo) {
        await res.pipeTo(counted);
        return bytes;
    }
    for await (const chunk of res.body)
        await counted(chunk);
    const expected = Number(res.headers['content-length']);
    if (!res.headers['content-encoding'] && Number.isInteger(expected) && bytes < expected) {
        throw new errors/* FlexInsightsError */.FD('download', `the download ended after ${bytes} of ${expected} bytes`, {
            kind: 'network',
            retryable: true
        });
    }
    return bytes;
}
/**
 * stdout stays open afterwards: other output may follow. Resolves once the stream is done with
 * `chunk`; nothing to wait for when it went straight to the OS.
 */
function writeOut(stdout, chunk) {
    const broken = stdout.errored;
    if (broken)
        throw broken;
    let done;
    const written = new Promise((resolve, reject) => {
        done = error => (error ? reject(error) : resolve());
    });
    stdout.write(chunk, done);
    if (stdout.writableLength === 0) {
        written.catch(() => undefined); // an error comes again with the next write or at the end
        return;
    }
    return written;
}

// EXTERNAL MODULE: ./src/export/exit-codes.ts
var exit_codes = __webpack_require__(8475);
// EXTERNAL MODULE: ./src/export/job.ts
var export_job = __webpack_require__(949);
// EXTERNAL MODULE: ./src/api/body.ts
var api_body = __webpack_require__(3994);
// EXTERNAL MODULE: ./src/api/retry.ts
var retry = __webpack_require__(7018);
;// CONCATENATED MODULE: ./src/export/schedule.ts

const STEPS_MS = [1000, 2000, 4000, 8000, 10_000];
const JITTER = 0.2;
/** The wait before poll number `poll + 1`, where poll 1 followed the start at once. */
function scheduledWaitMs(poll, random) {
    const base = STEPS_MS[Math.min(poll - 1, STEPS_MS.length - 1)];
    return Math.round(base * (1 - JITTER + 2 * JITTER * random()));
}
/** Seconds the server asks us to wait, from Retry-After or `Refresh: <s>[; url=…]`. */
function serverWaitMs(headers, now) {
    const retryAfter = (0,retry/* parseRetryAfter */.mu)(headers['retry-after'], now);
    const refresh = /^\s*(\d{1,6})\s*(?:[;,]|$)/.exec(String(headers.refresh ?? ''))?.[1];
    const seconds = [retryAfter, refresh === undefined ? undefined : Number(refresh)].filter((s) => s !== undefined);
    return seconds.length ? Math.max(...seconds) * 1000 : undefined;
}
/** The larger of the schedule and the server's hint. */
function pollWaitMs(poll, headers, now, random) {
    return Math.max(scheduledWaitMs(poll, random), serverWaitMs(headers, now) ?? 0);
}

;// CONCATENATED MODULE: ./src/export/poll.ts



/** A 404/410 while polling: the result has gone and the export must start over. */
class ResultGoneError extends Error {
    res;
    constructor(res) {
        super(`HTTP ${res.status}`);
        this.res = res;
    }
}
const isDataType = (contentType) => !/json|html|xml/i.test(contentType);
/**
 * Polls `path` until the result is ready: the 200 (data) or 204 (no data) answer, its body not
 * read yet, and how many polls it took. `remainingMs` is the time left before the report's
 * deadline; `timedOut` makes the error for when it runs out.
 */
async function pollResult(api, path, clock, progress, deadline) {
    let waitHeaders = {};
    for (let polls = 0;;) {
        if (polls > 0) {
            const wait = pollWaitMs(polls, waitHeaders, clock.now(), clock.random);
            if (wait >= deadline.remainingMs()) {
                await clock.sleep(Math.max(0, deadline.remainingMs()));
                throw deadline.timedOut();
            }
            await clock.sleep(wait);
        }
        if (deadline.remainingMs() <= 0)
            throw deadline.timedOut();
        const res = await api.stream({ call: 'poll', method: 'GET', path });
        progress.polls = ++polls;
        waitHeaders = res.headers;
        if (res.status === 202) {
            await (0,api_body/* readMessage */._8)(res.body);
            continue;
        }
        if (res.status === 404 || res.status === 410) {
            res.body.resume();
            throw new ResultGoneError(res);
        }
        const contentType = String(res.headers['content-type'] ?? '');
        if (res.status === 204 || (res.status === 200 && isDataType(contentType)))
            return { res, polls };
        const body = await (0,api_body/* readMessage */._8)(res.body);
        const hint = res.status === 200 ? 'The server answered with a message instead of data; nothing was written' : undefined;
        throw (0,errors/* responseError */.U3)(res.status === 200 ? 'download' : 'poll', { ...res, body }, api.transport.redact, { hint });
    }
}

// EXTERNAL MODULE: ./src/api/labels.ts
var api_labels = __webpack_require__(9505);
// EXTERNAL MODULE: ./src/export/dates.ts
var dates = __webpack_require__(9903);
// EXTERNAL MODULE: ./src/export/report-ref.ts
var report_ref = __webpack_require__(6826);
;// CONCATENATED MODULE: ./src/export/filters.ts
/**
 * The filters of one export, as `report_req.context.filters` (docs/protocol.md, "Filters"): the
 * date range as an `interval` on the date label, each `--filter LABEL=VALUE` as a `list` of the
 * label's element URIs (validElements), and the constraints of `--filters FILE` as they are.
 * Labels and values are looked up once per run, whatever the number of reports and pieces.
 */




function once(lookups, key, make) {
    let found = lookups.get(key);
    if (!found) {
        found = make();
        found.catch(() => undefined); // awaited by every report that needs it
        lookups.set(key, found);
    }
    return found;
}
/**
 * The URIs of the labels a job names, by identifier (one request for all of them, once per run)
 * or by object id (no request). A label the workspace does not have is an error that names it.
 */
async function labelUris(job, workspace, deps) {
    const dateLabel = job.range ? [job.dateLabel ?? dates/* DATE_LABEL */.IP] : [];
    const labels = [...new Set([...dateLabel, ...(job.valueFilters ?? []).map(f => f.label)])];
    const identifiers = labels.filter(l => !(0,report_ref/* isObjectId */.TS)(l)).sort();
    const found = identifiers.length
        ? await once(deps.lookups, `labels ${workspace} ${identifiers.join(' ')}`, () => deps.metadata.objectUris(workspace, identifiers))
        : new Map();
    const uris = new Map();
    for (const label of labels) {
        const uri = (0,report_ref/* isObjectId */.TS)(label) ? (0,report_ref/* objectUri */.WE)(workspace, label) : found.get(label);
        if (!uri) {
            const date = dateLabel.includes(label) ? ' date' : '';
            const hint = date ? ' (in a Flex Insights workspace it is date.date.mmddyyyy; set it with --date-label)' : '';
            throw new exit_codes/* ExitError */.RS(`workspace ${workspace} has no${date} label ${label}: list its labels with: ` +
                `flex-insights labels -w ${workspace}${hint}`);
        }
        uris.set(label, uri);
    }
    return uris;
}
/** Edit distance, for the close titles an unknown value is shown with. */
function distance(a, b) {
    let row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++)
            next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        row = next;
    }
    return row[b.length];
}
async function elementUris(uri, filter, api) {
    const found = await api.elementUris(uri, filter.values);
    const missing = filter.values.filter(v => !found.has(v));
    if (missing.length) {
        const { items } = await api.values(uri, { limit: 1000 });
        const close = (value) => items
            .map(v => v.title)
            .sort((x, y) => distance(x.toLowerCase(), value.toLowerCase()) - distance(y.toLowerCase(), value.toLowerCase()))
            .slice(0, 5);
        throw new exit_codes/* ExitError */.RS(missing
            .map(v => `label ${filter.label} has no value "${v}"; close ones: ${close(v)
            .map(t => `"${t}"`)
            .join(', ') || 'none'}`)
            .join('; '));
    }
    return filter.values.map(v => found.get(v));
}
/** Every filter of `job` in `workspace`, looked up as needed. */
async function jobFilters(job, workspace, deps) {
    const filters = [];
    const uris = await labelUris(job, workspace, deps);
    if (job.range) {
        const uri = uris.get(job.dateLabel ?? dates/* DATE_LABEL */.IP);
        filters.push({ uri, constraint: { type: 'interval', from: job.range.from, to: job.range.to } });
    }
    const labels = new api_labels/* LabelClient */.I(deps.api);
    for (const filter of job.valueFilters ?? []) {
        const uri = uris.get(filter.label);
        const key = `elements ${uri} ${JSON.stringify(filter.values)}`;
        const elements = await once(deps.lookups, key, () => elementUris(uri, filter, labels));
        filters.push({ uri, constraint: { type: 'list', elements } });
    }
    return [...filters, ...(job.rawFilters ?? [])];
}

// EXTERNAL MODULE: ./src/api/origin.ts
var origin = __webpack_require__(5612);
;// CONCATENATED MODULE: ./src/export/start.ts




/** The object URI of the report, looked up when it is named by a global identifier. */
async function reportUri(ref, workspace, metadata) {
    if (ref.objectId)
        return (0,report_ref/* objectUri */.WE)(workspace, ref.objectId);
    const uri = await metadata.objectUri(workspace, ref.identifier);
    if (!uri)
        throw new exit_codes/* ExitError */.RS(`unknown identifier ${ref.identifier}: workspace ${workspace} has no object with it; ` +
            `list its reports with: flex-insights reports -w ${workspace}`);
    return uri;
}
/** POST …/execute/raw (with `filters` in its context, if any): the path of the result to poll. */
async function startExport(api, workspace, uri, filters = []) {
    const context = filters.length ? { context: { filters } } : {};
    // The result's GET follows the POST: its connection's handshakes can overlap the POST.
    api.transport.preconnect();
    const res = await api.request({
        call: 'export',
        method: 'POST',
        path: `/gdc/app/projects/${workspace}/execute/raw`,
        body: { report_req: { report: uri, ...context } }
    });
    const hints = {
        400: 'The report cannot be exported as it is (is it a table report?)',
        403: `This user may not export from workspace ${workspace}`,
        404: `Workspace ${workspace} or report ${uri} was not found; ` +
            `list them with: flex-insights workspaces / flex-insights reports -w ${workspace}`
    };
    if (res.status !== 201 && res.status !== 200 && res.status !== 202) {
        throw (0,errors/* responseError */.U3)('export', res, api.transport.redact, { hint: hints[res.status] });
    }
    let answer;
    try {
        answer = JSON.parse(res.body)?.uri;
    }
    catch {
        answer = undefined;
    }
    const path = (0,origin/* serverPath */.Hl)(api.transport.settings.apiUrl, answer ?? res.headers.location);
    if (!path) {
        throw new errors/* FlexInsightsError */.FD('export', 'unexpected response: the result URI is missing or not on the API URL, so it was not fetched', { kind: 'protocol', requestId: res.requestId });
    }
    return path;
}

;// CONCATENATED MODULE: ./src/export/joined-file.ts
/**
 * The one file of `--split-by … --join` (exporter.ts fetchJoined): the pieces' results appended
 * in date order straight into one part file, so no piece is spooled and nothing is read a second
 * time. The header is written once; each later piece's header must be the same record, and is
 * dropped. A piece whose download breaks is cut off again (file and digest go back to where it
 * began), so it can be fetched again.
 */




const joined_file_LF = 0x0a;
const QUOTE = 0x22;
const joined_file_CR = 0x0d;
/** A header longer than this is not a CSV header: refuse it rather than hold it. */
const MAX_HEADER = 1024 * 1024;
/** Where the first record of `bytes` ends (just after its line feed), or -1 if it does not end in them. */
function headerEnd(bytes) {
    let quotes = 0;
    for (let from = 0;;) {
        const lf = bytes.indexOf(joined_file_LF, from);
        if (lf < 0)
            return -1;
        for (let i = from; i < lf; i++)
            if (bytes[i] === QUOTE)
                quotes++;
        if (quotes % 2 === 0)
            return lf + 1;
        from = lf + 1;
    }
}
/** The length of the line ending `bytes` ends in (CRLF, LF or none). */
const endingLength = (bytes) => (bytes.at(-1) === joined_file_LF ? (bytes.at(-2) === joined_file_CR ? 2 : 1) : 0);
const bare = (bytes) => bytes.subarray(0, bytes.length - endingLength(bytes));
/** The header as text fit for a message: its line ending cut, and shortened. */
const shown = (header) => {
    const text = header.toString('utf8').replace(/\r?\n$/, '');
    return JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text);
};
/** The part file of a joined report, with its digest and the header every piece must share. */
class JoinedFile {
    target;
    part;
    digest;
    header;
    /** The last byte written, and whether the next write is a piece's first. */
    last = joined_file_LF;
    boundary = false;
    /** How a later piece ends its header line; what goes between pieces when one ends without one. */
    lineEnd = Buffer.from('\r\n');
    constructor(target) {
        this.target = target;
        this.part = new PartFile(target);
        this.digest = new DownloadDigest(this.part.fd);
    }
    get bytes() {
        return this.part.size;
    }
    /**
     * Appends one piece's body (a 204 adds nothing). On any failure the file and its digest go
     * back to where the piece began, so the piece can be fetched again.
     */
    async append(res, progress, piece) {
        const start = this.part.size;
        const before = { header: this.header, last: this.last };
        this.digest.mark(start);
        this.boundary = true;
        // This piece's header, until its end is seen: checked against the first one, or kept as it.
        let head = Buffer.alloc(0);
        try {
            const bytes = await receive(res, progress, start, chunk => {
                if (head === undefined)
                    return this.write(chunk);
                head = Buffer.concat([head, chunk]);
                const end = headerEnd(head);
                if (end < 0) {
                    if (head.length > MAX_HEADER)
                        throw this.refused(piece, 'its first line is longer than 1 MiB');
                    return;
                }
                const rest = head.subarray(end);
                this.takeHeader(head.subarray(0, end), piece);
                head = undefined;
                this.write(rest);
            }, true);
            // A body that is only a header without a line break.
            if (head !== undefined && head.length)
                this.takeHeader(head, piece);
            return { bytes, rows: 0, sha256: '' };
        }
        catch (error) {
            this.part.truncate(start);
            this.digest.rewind(start);
            this.header = before.header;
            this.last = before.last;
            throw error;
        }
    }
    /** The complete file under its name, with the digest of all of it. */
    async commit(clobber) {
        const bytes = this.part.size;
        const { rows, sha256 } = await this.digest.finish(bytes);
        this.part.commit(clobber);
        return { bytes, rows, sha256 };
    }
    discard() {
        this.digest.dispose();
        this.part.discard();
    }
    /** The first header is written; a later one must be the same record (its line ending aside). */
    takeHeader(header, piece) {
        const ending = endingLength(header);
        if (ending)
            this.lineEnd = Buffer.from(header.subarray(header.length - ending));
        if (this.header === undefined) {
            this.header = Buffer.from(header);
            this.write(header);
            return;
        }
        if (!bare(header).equals(bare(this.header)))
            throw this.refused(piece, `its header ${shown(header)} differs from the first piece's ${shown(this.header)}; ` +
                'the pieces cannot be joined (has the report changed?)');
    }
    write(chunk) {
        if (!chunk.length)
            return;
        // A piece may end without a line break: the next one's rows start on a line of their own.
        if (this.boundary && this.part.size > 0 && this.last !== joined_file_LF)
            this.writeCounted(this.lineEnd);
        this.boundary = false;
        this.writeCounted(chunk);
    }
    writeCounted(chunk) {
        if (!chunk.length)
            return;
        this.part.write(chunk);
        this.digest.add(chunk, this.part.size);
        this.last = chunk[chunk.length - 1];
    }
    refused(piece, why) {
        const where = `the piece ${piece.from}_${piece.to}`;
        return new errors/* FlexInsightsError */.FD('download', `${where}: ${why}`, { kind: 'protocol', retryable: false });
    }
}

;// CONCATENATED MODULE: ./src/export/exporter.ts
/**
 * One report out of Flex Insights (docs/protocol.md, "Raw export"): find its URI and start the
 * export (start.ts), poll until the result is ready (poll.ts), and stream the CSV into a part
 * file that becomes the target only when complete (download.ts). A result that has gone is
 * started once more, a download that breaks is fetched again, and the whole has a deadline.
 * Each stage returns what it learnt; exportReport alone assembles the ExportResult.
 */









async function exportReport(job, deps) {
    const progress = deps.progress.track(job.ref.objectId ?? job.ref.input);
    const base = { ref: job.ref, range: job.range, bytes: 0, rows: 0, computeMs: 0, downloadMs: 0, polls: 0 };
    try {
        const workspace = job.ref.workspace;
        const uri = await reportUri(job.ref, workspace, deps.metadata);
        const objectId = uri.split('/').pop();
        progress.label = objectId;
        const path = (0,export_job/* targetPath */.Bd)(job.target, objectId, job);
        if (path)
            (0,targets/* checkTarget */.e$)(path, job.clobber);
        const fetched = job.pieces
            ? await fetchJoined(job, job.pieces, deps, progress, { workspace, uri, path: path })
            : await fetchResult(job, deps, progress, {
                workspace,
                uri,
                filters: await jobFilters(job, workspace, deps),
                into: res => save(res, { path, stdout: stdoutOf(job), clobber: job.clobber }, progress),
                refetch: path !== undefined
            });
        const failedEmpty = fetched.empty && job.failOnEmpty;
        return {
            ...base,
            ...fetched.saved,
            outcome: fetched.empty ? 'empty' : 'written',
            exitCode: failedEmpty ? exit_codes/* EXIT */.dc.empty : exit_codes/* EXIT */.dc.ok,
            path: failedEmpty ? undefined : path,
            polls: fetched.polls,
            requestId: fetched.requestId,
            computeMs: fetched.computeMs,
            downloadMs: fetched.downloadMs,
            refreshes: deps.api.refreshes
        };
    }
    catch (error) {
        return {
            ...base,
            outcome: error instanceof exit_codes/* ExportTimeoutError */.yi ? 'timed-out' : 'failed',
            exitCode: (0,exit_codes/* exitCodeOf */.FO)(error),
            message: error.message,
            resultUrl: error instanceof exit_codes/* ExportTimeoutError */.yi ? error.resultUrl : undefined,
            polls: progress.polls,
            refreshes: deps.api.refreshes
        };
    }
    finally {
        deps.progress.done(progress);
    }
}
const stdoutOf = (job) => 'stdout' in job.target ? job.target.stdout : undefined;
/** Start, poll and download, starting over once if the result goes and fetching again if a download breaks. */
async function fetchResult(job, deps, progress, at) {
    const { api, clock, log } = deps;
    const deadline = progress.startedAt + job.timeoutMs;
    let downloads = 0;
    for (let start = 1;; start++) {
        const resultPath = start === 1 && at.started ? at.started : await startExport(api, at.workspace, at.uri, at.filters);
        const limit = {
            remainingMs: () => deadline - clock.now(),
            timedOut: () => new exit_codes/* ExportTimeoutError */.yi(job.timeoutMs, api.transport.settings.apiUrl + resultPath)
        };
        try {
            for (;;) {
                const ready = await pollResult(api, resultPath, clock, progress, limit);
                const computeMs = clock.now() - progress.startedAt;
                if (ready.res.status === 204 && job.failOnEmpty) {
                    // Nothing to keep: an empty file would look like a day without rows to the next step.
                    ready.res.body.resume();
                    return { empty: true, polls: ready.polls, requestId: ready.res.requestId, computeMs, downloadMs: 0 };
                }
                downloads++;
                const began = clock.now();
                progress.downloadStartedAt = began;
                const saved = await download(job, ready, at, limit, downloads);
                if ('bytes' in saved) {
                    const empty = ready.res.status === 204;
                    const downloadMs = clock.now() - began;
                    return { saved, empty, polls: ready.polls, requestId: ready.res.requestId, computeMs, downloadMs };
                }
                log.info(`report ${progress.label}: the download broke (${saved.broken}); ` +
                    `fetching it again (attempt ${downloads + 1}/${job.maxDownloads})`);
            }
        }
        catch (error) {
            if (!(error instanceof ResultGoneError))
                throw error;
            if (start > 1)
                throw (0,errors/* responseError */.U3)('poll', { ...error.res, body: '' }, api.transport.redact, {
                    hint: 'The export result was gone twice; try again later'
                });
            log.info(`report ${progress.label}: the result is gone (HTTP ${error.res.status}); starting the export again`);
        }
    }
}
/**
 * The pieces of a joined report into one file (joined-file.ts): up to `window` pieces started
 * ahead, so the server computes them side by side, downloaded one after another in date order.
 * A piece that fails fails the report, and no file is left.
 */
async function fetchJoined(job, pieces, deps, progress, at) {
    const started = [];
    const begin = (i) => {
        if (i >= pieces.length || started[i])
            return;
        started[i] = jobFilters({ ...job, range: pieces[i] }, at.workspace, deps).then(async (filters) => ({
            filters,
            resultPath: await startExport(deps.api, at.workspace, at.uri, filters)
        }));
        started[i]?.catch(() => undefined); // awaited in turn below
    };
    const file = new JoinedFile(at.path);
    const total = { empty: true, polls: 0, computeMs: 0, downloadMs: 0 };
    try {
        for (let i = 0; i < pieces.length; i++) {
            for (let ahead = i; ahead < i + Math.max(1, job.window ?? 1); ahead++)
                begin(ahead);
            const { filters, resultPath } = await started[i];
            const fetched = await fetchResult({ ...job, failOnEmpty: false }, deps, progress, {
                ...at,
                filters,
                started: resultPath,
                into: res => file.append(res, progress, pieces[i]),
                refetch: true
            });
            total.empty &&= fetched.empty;
            total.polls += fetched.polls;
            total.downloadMs += fetched.downloadMs;
            total.requestId = fetched.requestId;
        }
        total.computeMs = deps.clock.now() - progress.startedAt - total.downloadMs;
        if (total.empty && job.failOnEmpty)
            file.discard();
        else
            total.saved = await file.commit(job.clobber);
        return total;
    }
    catch (error) {
        file.discard();
        throw error;
    }
}
/** The saved file, or why the transfer broke when the result may be fetched again. */
async function download(job, ready, at, limit, downloads) {
    const { res } = ready;
    const stop = () => (res.abort ? res.abort(limit.timedOut()) : void res.body.destroy(limit.timedOut()));
    const timer = setTimeout(stop, Math.max(0, limit.remainingMs()));
    try {
        return await at.into(res);
    }
    catch (error) {
        if (!(error instanceof errors/* FlexInsightsError */.FD))
            throw error;
        if (error.details.retryable === true && at.refetch && downloads < job.maxDownloads)
            return { broken: error.summary };
        // A body that broke is a failure of the download, however the request was labelled.
        throw new errors/* FlexInsightsError */.FD('download', error.summary, {
            ...error.details,
            attempts: downloads,
            requestId: res.requestId
        });
    }
    finally {
        clearTimeout(timer);
    }
}

// EXTERNAL MODULE: ./src/export/progress.ts
var export_progress = __webpack_require__(2103);
;// CONCATENATED MODULE: ./src/export/batch.ts
/**
 * Several reports at once, with one session: what `flex-insights export` and the action's
 * `reports` input both run. At most `parallel` exports run together, all sharing the session's
 * token (and so one refresh), each with its own view of the API to count the refreshes it
 * needed; every report is attempted, and the highest exit code wins. Part files still open are
 * removed if the process is interrupted.
 */




const SIGNALS = { SIGINT: 130, SIGTERM: 143 };
async function exportAll(jobs, session, parallel, log, showProgress) {
    const { clock } = session.transport;
    const progress = new export_progress/* ProgressBoard */.iJ(clock);
    const lookups = new Map();
    const results = new Array(jobs.length);
    let next = 0;
    const worker = async () => {
        while (next < jobs.length) {
            const index = next++;
            const api = session.api();
            const metadata = new api_metadata/* MetadataClient */.Pw(api);
            results[index] = await exportReport(jobs[index], { api, metadata, clock, log, progress, lookups });
        }
    };
    const ticker = setInterval(() => {
        const line = progress.line();
        if (line)
            showProgress(line);
    }, export_progress/* PROGRESS_INTERVAL_MS */.vG);
    ticker.unref();
    const handlers = Object.entries(SIGNALS).map(([signal, code]) => {
        const handler = () => {
            removeAllPartFiles();
            process.exit(code);
        };
        process.once(signal, handler);
        return [signal, handler];
    });
    try {
        await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, jobs.length)) }, worker));
    }
    finally {
        clearInterval(ticker);
        for (const [signal, handler] of handlers)
            process.off(signal, handler);
    }
    return results;
}
const highestExit = (results) => Math.max(0, ...results.map(r => r.exitCode));


/***/ }),

/***/ 2103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   iJ: () => (/* binding */ ProgressBoard),
/* harmony export */   vG: () => (/* binding */ PROGRESS_INTERVAL_MS),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
const PROGRESS_INTERVAL_MS = 10_000;
function formatDuration(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}
function formatBytes(bytes) {
    if (bytes < 1000)
        return `${bytes} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes;
    let unit = -1;
    do {
        value /= 1000;
        unit++;
    } while (value >= 1000 && unit < units.length - 1);
    return `${value.toFixed(1)} ${units[unit]}`;
}
class ProgressBoard {
    clock;
    running = new Set();
    constructor(clock) {
        this.clock = clock;
    }
    track(label) {
        const progress = { label, startedAt: this.clock.now(), polls: 0, bytes: 0 };
        this.running.add(progress);
        return progress;
    }
    done(progress) {
        this.running.delete(progress);
    }
    /** The line for every export still running, or undefined when none is. */
    line() {
        if (!this.running.size)
            return undefined;
        const now = this.clock.now();
        const parts = [...this.running].map(p => {
            const elapsed = formatDuration(now - p.startedAt);
            if (p.downloadStartedAt === undefined)
                return `report ${p.label}: computing, ${elapsed}, ${p.polls} poll${p.polls === 1 ? '' : 's'}`;
            const seconds = Math.max(0.001, (now - p.downloadStartedAt) / 1000);
            return (`report ${p.label}: downloading, ${formatBytes(p.bytes)} at ${(p.bytes / 1e6 / seconds).toFixed(1)} MB/s, ` +
                `${elapsed}`);
        });
        return parts.join('; ');
    }
}


/***/ }),

/***/ 6146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   PD: () => (/* binding */ exportSummary),
/* harmony export */   jD: () => (/* binding */ tableRow)
/* harmony export */ });
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3249);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2103);
/**
 * The step summary of exports: one row per report, with nothing from the server unescaped
 * (ids and numbers are checked; text cells are escaped). No data preview: Flex Insights data
 * holds customer and agent details.
 */


/** A table cell that cannot break the table or inject markup. */
function cell(text) {
    return (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(text)
        .replace(/([\\*_[\]#!~])/g, '\\$1')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;');
}
/** A row of a markdown table from cells already escaped (cell()) or made here. */
const tableRow = (cells) => `| ${cells.join(' | ')} |`;
const OUTCOME = {
    written: '✅ written',
    empty: '⚠️ empty (no data)',
    failed: '❌ failed',
    'timed-out': '⏱️ timed out'
};
/** Markdown for the exports; `shown` turns a written path into what the reader should see. */
function exportSummary(results, shown) {
    const rows = [
        '| report | result | file | bytes | rows | SHA-256 | computing | downloading | token refreshes | request id |',
        '|---|---|---|---:|---:|---|---:|---:|---:|---|'
    ];
    for (const r of results) {
        const ok = r.outcome === 'written' || r.outcome === 'empty';
        rows.push(tableRow([
            cell(r.ref.input) +
                (r.range ? ` (${r.range.from === r.range.to ? r.range.from : `${r.range.from} to ${r.range.to}`})` : ''),
            OUTCOME[r.outcome] + (r.message ? `: ${cell(r.message)}` : ''),
            r.path ? cell(shown(r.path)) : ok ? 'stdout' : '',
            ok ? r.bytes : '',
            ok ? r.rows : '',
            r.sha256 ? `\`${r.sha256}\`` : '',
            (0,_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(r.computeMs),
            ok ? (0,_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(r.downloadMs) : '',
            r.refreshes,
            r.requestId ? cell(r.requestId) : ''
        ]));
    }
    return `### Flex Insights exports\n\n${rows.join('\n')}\n`;
}


/***/ })

};
