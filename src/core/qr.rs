//! The workshop invite's QR code, as one SVG path: made here, in plain Rust, so the page
//! draws it with no script, no image and nothing fetched, and native tests read the very
//! code the page shows.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

/// The largest QR version offered: 97 modules a side. On a 1280×720 projector the code is
/// about 420 pixels tall: a version-20 code then has 4 pixels a module, about 6 mm on a 2 m wide
/// screen: a phone at the back of a meeting room still reads it. A longer link makes a
/// denser code that only phones near the screen could read, so the page offers the link
/// (and a file) instead.
pub const MAX_VERSION: u8 = 20;

/// The quiet zone the standard asks for around the code, in modules.
pub const BORDER: usize = 4;

/// A QR code drawn as an SVG path on a square of `size` units (one unit a module).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPicture {
    /// The side of the square, quiet zone included.
    pub size: usize,
    /// The dark modules, each row's runs as rectangles.
    pub path: String,
    /// The QR version (1 to 40), for tests and for saying how dense it is.
    pub version: u8,
}

/// The code for `text`, with medium error correction (raised when it fits anyway, so a
/// smudged or partly covered screen still reads); `None` when the text needs a code denser
/// than `MAX_VERSION`.
pub fn qr_picture(text: &str) -> Option<QrPicture> {
    let segments = QrSegment::make_segments(text);
    let code = QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Medium,
        Version::new(1),
        Version::new(MAX_VERSION),
        None,
        true,
    )
    .ok()?;
    Some(QrPicture {
        size: code.size() as usize + 2 * BORDER,
        path: path_of(&code),
        version: code.version().value(),
    })
}

/// Each row's runs of dark modules as `M x,y h w v1 h -w z`: a third of the path one
/// square per module would make.
fn path_of(code: &QrCode) -> String {
    let n = code.size();
    let mut path = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < n && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            let (px, py) = (start as usize + BORDER, y as usize + BORDER);
            path.push_str(&format!("M{px},{py}h{run}v1h-{run}z"));
        }
    }
    path
}

/// The modules `path` draws, row by row (true is dark), quiet zone included: the way a
/// test reads the picture back without a browser.
pub fn modules_of(picture: &QrPicture) -> Vec<Vec<bool>> {
    let mut grid = vec![vec![false; picture.size]; picture.size];
    for part in picture.path.split('M').filter(|p| !p.is_empty()) {
        let numbers: Vec<usize> = part
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .filter_map(|s| s.parse().ok())
            .collect();
        if let [x, y, run, ..] = numbers[..] {
            for cell in &mut grid[y][x..x + run] {
                *cell = true;
            }
        }
    }
    grid
}
