//! core::json_outline: what an import reads from the top of a file before the typed parse.

use nasss_navigator::core::json_outline::Outline;

fn outline(text: &str) -> Outline {
    Outline::read(text.as_bytes()).expect("valid JSON")
}

#[test]
fn an_object_gives_its_format_version_and_which_fields_it_has() {
    let o = outline(
        r#"{"id": 7, "format": "nasss-navigator", "extra": {"format": "inner", "schema_version": 9},
            "schema_version": 1, "questions": [{"id": "x"}], "list": [1, [2, {"a": null}]]}"#,
    );
    assert_eq!(
        o,
        Outline {
            is_object: true,
            format: Some("nasss-navigator".into()),
            schema_version: Some(1),
            has_id: true,
            has_questions: true,
        }
    );
    assert_eq!(
        outline("{}"),
        Outline {
            is_object: true,
            ..Outline::default()
        }
    );
}

#[test]
fn fields_of_the_wrong_kind_are_treated_as_missing() {
    let o = outline(r#"{"format": 5, "schema_version": "1"}"#);
    assert_eq!((o.format, o.schema_version), (None, None));
    for version in ["-1", "1.5", "true", "null", "[1]", "{\"v\": 1}"] {
        let o = outline(&format!(
            r#"{{"format": "x", "schema_version": {version}}}"#
        ));
        assert_eq!(o.schema_version, None, "{version}");
        assert_eq!(o.format.as_deref(), Some("x"), "{version}");
    }
}

#[test]
fn anything_but_an_object_is_not_one() {
    for text in [
        "[1, 2, 3]",
        "\"text\"",
        "42",
        "-3.5",
        "null",
        "true",
        "[{\"format\": \"nasss-navigator\"}]",
    ] {
        assert_eq!(outline(text), Outline::default(), "{text}");
    }
}

#[test]
fn broken_json_is_an_error_that_says_where() {
    let e = Outline::read(b"{\n  \"format\": \"x\",,\n}").unwrap_err();
    assert!(e.is_syntax());
    assert_eq!((e.line(), e.column()), (2, 17), "at the second comma");
    assert!(Outline::read(b"{\"format\": ").unwrap_err().is_eof());
    assert!(Outline::read(b"{} trailing").unwrap_err().is_syntax());
}
