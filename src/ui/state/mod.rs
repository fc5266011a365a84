//! The UI's state: the store of assessments (saved as it changes), this device's person,
//! the question banks, the current route, and once-only submits. Pages read and change it.

pub mod backup;
pub mod banks;
pub mod device_key;
pub mod drafts;
pub mod library;
pub mod me;
pub mod phone;
pub mod route_signal;
pub mod stored;
pub mod submit_once;
