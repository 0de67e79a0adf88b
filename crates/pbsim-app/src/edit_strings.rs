//! The words of the private edit link ("Changing one's mind until the close"), in every language,
//! kept apart like `results_strings.rs`: sentences with a date are functions, one `match` per
//! language, so a missing translation does not compile.

use pbsim_core::Locale;
use pbsim_core::wire::ErrorCode;

/// The receipt's link: its label, the copy button's result, and what losing it means.
pub fn link_label(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "Your private link to change this budget until the consultation closes",
        Locale::Fr => "Votre lien privé pour modifier ce budget jusqu’à la fin de la consultation",
    }
}

/// Under the link: keep it to yourself, and it cannot be recovered.
pub fn link_hint(locale: Locale) -> &'static str {
    match locale {
        Locale::En => {
            "Keep this link to yourself: anyone who has it can change your budget. If you lose it, it cannot be \
             recovered: we do not keep it, only a fingerprint of it."
        }
        Locale::Fr => {
            "Gardez ce lien pour vous : toute personne qui l’a peut modifier votre budget. Si vous le perdez, il ne \
             peut pas être retrouvé : nous ne le gardons pas, seulement une empreinte."
        }
    }
}

/// The copy button, and what it says once it copied.
pub fn copy_link(locale: Locale, copied: bool) -> &'static str {
    match (locale, copied) {
        (Locale::En, false) => "Copy the link",
        (Locale::En, true) => "Link copied.",
        (Locale::Fr, false) => "Copier le lien",
        (Locale::Fr, true) => "Lien copié.",
    }
}

/// Above the sliders, once the link opened a stored budget.
pub fn changing(locale: Locale, when: &str) -> String {
    match locale {
        Locale::En => format!(
            "You are changing the budget you sent on {when}. Send it again to replace it: until then, the one you \
             sent counts."
        ),
        Locale::Fr => format!(
            "Vous modifiez le budget envoyé le {when}. Envoyez-le à nouveau pour le remplacer : d’ici là, c’est celui \
             que vous avez envoyé qui compte."
        ),
    }
}

/// On the receipt of a change.
pub fn replaced(locale: Locale, when: &str) -> String {
    match locale {
        Locale::En => format!("This budget replaces the one you sent on {when}, which no longer counts."),
        Locale::Fr => format!("Ce budget remplace celui envoyé le {when}, qui ne compte plus."),
    }
}

/// While the link's budget loads.
pub fn opening(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "Opening the budget you sent…",
        Locale::Fr => "Ouverture du budget envoyé…",
    }
}

/// Why the link (or a change sent through it) was refused, by the server's code; `None` for codes
/// that are not about the link.
pub fn refused(locale: Locale, code: ErrorCode) -> Option<&'static str> {
    Some(match (locale, code) {
        (Locale::En, ErrorCode::MalformedEditKey | ErrorCode::UnknownEditKey) => {
            "This link opens no budget: check that you copied all of it. Nothing was changed."
        }
        (Locale::Fr, ErrorCode::MalformedEditKey | ErrorCode::UnknownEditKey) => {
            "Ce lien n’ouvre aucun budget : vérifiez que vous l’avez copié en entier. Rien n’a été modifié."
        }
        (Locale::En, ErrorCode::EditKeyMismatch) => {
            "This link belongs to another budget: open it from the message where you kept it. Nothing was changed."
        }
        (Locale::Fr, ErrorCode::EditKeyMismatch) => {
            "Ce lien appartient à un autre budget : ouvrez-le depuis le message où vous l’avez gardé. Rien n’a été \
             modifié."
        }
        (Locale::En, ErrorCode::AlreadyReplaced) => {
            "You changed this budget since, in another tab or on another device: open your link again to start from \
             the latest version. Nothing was changed."
        }
        (Locale::Fr, ErrorCode::AlreadyReplaced) => {
            "Vous avez modifié ce budget depuis, dans un autre onglet ou sur un autre appareil : ouvrez à nouveau \
             votre lien pour partir de la dernière version. Rien n’a été modifié."
        }
        _ => return None,
    })
}
