//! 802.1Q tags on and off, for access ports: a VIF's TAP carries untagged frames, the
//! pipeline takes tagged ones (the contract's port is a trunk).

use crate::packet::{TAG_LEN, TPID_8021Q};

/// Where the tag sits: after the two MAC addresses.
const TAG_AT: usize = 12;

/// The VID of a tagged frame, `None` if it has no 802.1Q tag.
pub fn vid(frame: &[u8]) -> Option<u16> {
    if frame.len() < TAG_AT + TAG_LEN || u16::from_be_bytes([frame[12], frame[13]]) != TPID_8021Q {
        return None;
    }
    Some(u16::from_be_bytes([frame[14], frame[15]]) & 0x0fff)
}

/// `frame` with a tag of `vid`, PCP 0 and DEI 0, inserted after the MAC addresses. A frame
/// too short to have them gets the tag at its end, so that the pipeline sees, and drops as
/// malformed, what a port would have received.
pub fn push(frame: &[u8], vid: u16) -> Vec<u8> {
    let at = TAG_AT.min(frame.len());
    let mut out = Vec::with_capacity(frame.len() + TAG_LEN);
    out.extend_from_slice(&frame[..at]);
    out.extend_from_slice(&TPID_8021Q.to_be_bytes());
    out.extend_from_slice(&(vid & 0x0fff).to_be_bytes());
    out.extend_from_slice(&frame[at..]);
    out
}

/// `frame` without its 802.1Q tag, as the bytes before the tag and those after it (the
/// frame whole and nothing, if it has none).
pub fn popped(frame: &[u8]) -> [&[u8]; 2] {
    if vid(frame).is_none() {
        return [frame, &[]];
    }
    [&frame[..TAG_AT], &frame[TAG_AT + TAG_LEN..]]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn untagged() -> Vec<u8> {
        let mut f = vec![0xff; 6];
        f.extend_from_slice(&[2, 0, 0, 0, 0, 1]);
        f.extend_from_slice(&[0x08, 0x06]);
        f.extend_from_slice(&[7; 28]);
        f
    }

    #[test]
    fn push_then_pop_gives_the_frame_back() {
        let f = untagged();
        let t = push(&f, 101);
        assert_eq!(t.len(), f.len() + 4);
        assert_eq!(vid(&t), Some(101));
        assert_eq!(&t[12..16], &[0x81, 0x00, 0x00, 101]);
        assert_eq!(popped(&t).concat(), f);
        assert_eq!(vid(&f), None);
        assert_eq!(popped(&f).concat(), f, "an untagged frame stays as it is");
    }

    #[test]
    fn a_runt_gets_its_tag_at_the_end() {
        assert_eq!(push(&[1, 2, 3], 5), vec![1, 2, 3, 0x81, 0, 0, 5]);
    }
}
