// Package source reads news articles from files, folders, standard input and
// URLs, whatever their format and encoding, into UTF-8 Articles.
//
// # Inputs
//
// Read takes paths, each one of:
//   - a file, read by its extension (case ignored): .txt and .text, .md and
//     .markdown, .jsonl and .ndjson, .html, .htm and .xhtml. A file named
//     explicitly with no extension is read as text; one with another
//     extension is an error.
//   - a folder, walked recursively in name order. Hidden entries (names
//     starting with ".") and files of other types are skipped quietly.
//     Symlinks are followed; one that leads back to a folder being walked is
//     a symlink-loop error, and a folder reached a second way is not read
//     twice.
//   - "-", Options.Stdin: JSONL when its first non-blank byte is "{",
//     otherwise one plain-text article.
//   - an http or https URL, fetched with a timeout, a size limit and at most
//     Options.MaxRedirects redirects, none of them off http(s). The
//     Content-Type picks the reader (HTML, text, Markdown, JSONL; a missing
//     or generic type is sniffed for HTML). Other schemes are refused.
//
// # Formats
//
//   - Text: the whole file is the body. Its first non-blank line is also the
//     Title when it looks like a headline: a body follows, it has letters,
//     at most 120 characters, and it does not end like a sentence (。.!;:,).
//   - Markdown: optional YAML front matter between "---" lines with title,
//     date or published, url, source and lang; the rest is the body. With no
//     front-matter title, the first "# " heading is the title.
//   - JSONL: one object per line with the body in "text", "content" or
//     "body", and optional title, url, source, published (or date) and lang.
//     An "id" field is ignored: the ID is always the content hash, so an
//     edited text is never taken for the old one. Lines are streamed, never
//     the whole file, each up to Options.MaxLineBytes; blank lines are
//     skipped; a bad line is an InputError with its Line and the rest go on.
//   - HTML: the article text is extracted with readability
//     (codeberg.org/readeck/go-readability/v2); the title from readability
//     (og:title, JSON-LD, <title>), the url from <link rel=canonical> or
//     og:url (else the fetched URL), the published date from
//     article:published_time, JSON-LD datePublished, a date meta tag or the
//     first <time datetime>, the source from og:site_name.
//
// # Encodings
//
// A byte-order mark decides first (UTF-8, UTF-16 LE or BE). Then a declared
// charset (Content-Type, or a <meta> charset in a page's first 1024 bytes)
// when the bytes decode cleanly with it. Then valid UTF-8. Then GB18030
// (a superset of GBK and GB2312) or Big5, whichever decodes into more
// common Han characters. Bytes that the chosen encoding cannot decode fail
// the input with the byte and its file offset; nothing is dropped or
// replaced silently.
//
// # Normalisation and identity
//
// Text is UTF-8 in NFC with LF line ends, no trailing spaces and no blank
// lines at either end (Normalize). ID is the first 32 hex digits of the
// SHA-256 of that text. Published is YYYY-MM-DD (Date accepts RFC 3339,
// 2006-01-02, 2023年11月3日 and other common forms), Options.Published when
// the input has none. Lang is the primary subtag of a declared language,
// else zh when Han characters dominate and en otherwise.
//
// # Bad inputs
//
// Each bad input is one *InputError naming the path (path:line for a JSONL
// line) and the reason, and Read goes on with the next input: an empty or
// whitespace-only file (ErrEmpty); a body that is empty after front matter
// or a JSONL line without text (ErrNoText); binary data, that is any NUL
// byte or over 10% control bytes in the first 8 KiB (ErrBinary); a file,
// page or stdin text over Options.MaxBytes, or a JSONL line over
// Options.MaxLineBytes (ErrTooLarge); undecodable bytes (ErrEncoding); a
// symlink loop (ErrSymlinkLoop); a missing path, a file that disappears
// between the folder listing and its reading, no read permission, a
// broken symlink; a JSONL line that is not a JSON object, has a non-string
// field or a published value that is not a date; an HTTP error status, a
// timeout, too many redirects or an unsupported content type.
package source
