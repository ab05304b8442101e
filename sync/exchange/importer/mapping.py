"""Column headings → member fields: the synonyms (English, Spanish, German), a guessed
mapping, a checked manual one, and mappings saved in the vault."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence

from ...errors import ValidationError
from ...phrases import QT_TRANSLATE_NOOP, FieldName, Phrase
from ...records import MEMBER_FIELDS, Branch
from ..errors import MappingError
from . import headings as more
from .cells import label

MAPPING_PREFIX = "import_mapping:"
EXTRA_TARGETS = ("full_name", "workplace", "unit", "tags", "id")
#: Fields that hold ids: a file names the record instead (``workplace``, ``unit``), or
#: gives no target for it (a point person is set on the chart, not by a name in a file).
ID_FIELDS = ("workplace_id", "unit_id", "point_person_id")
#: Every mapping target a user can choose (besides ``custom.NAME`` and ignoring).
TARGETS: tuple[str, ...] = tuple(
    f for f in MEMBER_FIELDS if f not in ("custom", *ID_FIELDS)
) + EXTRA_TARGETS
LIST_TARGETS = ("emails", "phones", "tags")
#: Targets whose value may have several lines (and custom fields).
MULTILINE_TARGETS = ("address", "tags")
#: Targets that take several columns, joined with ", " (and custom fields).
JOINED_TARGETS = ("address",)


SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "firstname", "first", "forename", "forenames", "given name",
                   "given names", "christian name", "vorname", "vornamen", "nombre",
                   "nombres", "nombre de pila", "prenom", "nome"),
    "last_name": ("last name", "lastname", "last", "surname", "family name", "nachname",
                  "familienname", "zuname", "apellido", "apellidos", "apellido s",
                  "primer apellido", "nom", "cognome"),
    "preferred_name": ("preferred name", "preferred", "known as", "nickname", "rufname",
                       "spitzname", "apodo", "nombre preferido"),
    "full_name": ("name", "full name", "member name", "member", "nombre completo",
                  "nombre y apellidos", "vollstandiger name", "name vorname"),
    "membership_no": ("membership no", "membership number", "membership", "member no",
                      "member number", "member id", "membership id", "mitgliedsnummer",
                      "mitglieds nr", "mitgliedsnr", "mitglied nr", "numero de socio",
                      "numero de afiliado", "n afiliado", "no afiliado", "num afiliado",
                      "afiliacion", "numero de afiliacion", "no de socio"),
    "emails": ("email", "emails", "e mail", "email address", "e mail address", "mail",
               "e mail adresse", "emailadresse", "correo", "correo electronico",
               "email personal", "work email"),
    "phones": ("phone", "phones", "telephone", "tel", "phone number", "mobile", "mobile phone",
               "mobile number", "cell", "cellphone", "telefon", "telefonnummer", "handy",
               "handynummer", "mobil", "mobiltelefon", "telefono", "movil", "celular",
               "numero de telefono", "landline"),
    "address": ("address", "street", "street address", "address line 1", "adresse",
                "anschrift", "strasse", "strasse hausnummer", "direccion", "domicilio",
                "calle"),
    "postcode": ("postcode", "post code", "postal code", "zip", "zip code", "plz",
                 "postleitzahl", "codigo postal", "cp", "cod postal"),
    "workplace": ("workplace", "work place", "workplace name", "site", "employer",
                  "work site", "betrieb", "arbeitsplatz", "arbeitgeber", "firma",
                  "dienststelle", "empresa", "centro de trabajo", "lugar de trabajo",
                  "centro"),
    "department": ("department", "dept", "section", "abteilung", "bereich", "departamento",
                   "seccion", "area"),
    # a unit of the workplace (its path "Drivers / Nights" for a unit in a unit)
    "unit": ("unit", "work unit", "organising unit", "unit path", "building", "stairwell",
             "floor", "block", "einheit", "unidad", "planta", "bloque", "escalera"),
    "job_title": ("job title", "job", "position", "occupation", "grade", "beruf",
                  "tatigkeit", "stelle", "funktion", "puesto", "cargo", "ocupacion",
                  "categoria"),
    "status": ("status", "membership status", "member status", "mitgliedsstatus",
               "estado", "situacion"),
    "status_override": ("status override",),
    "override_until": ("override until",),
    "joined_on": ("joined", "joined on", "date joined", "join date", "joining date",
                  "start date", "member since", "eintrittsdatum", "eintritt",
                  "mitglied seit", "fecha de alta", "fecha alta", "alta",
                  "fecha de afiliacion", "fecha de ingreso"),
    "lapsed_on": ("lapsed", "lapsed on", "left on", "date left", "leaving date",
                  "austrittsdatum", "austritt", "fecha de baja", "baja"),
    "dues_paid_until": ("dues paid until", "paid until", "paid to", "dues paid to",
                        "subs paid until", "paid up to", "bezahlt bis",
                        "beitrag bezahlt bis", "beitrage bezahlt bis", "pagado hasta",
                        "cuotas pagadas hasta", "cuota pagada hasta"),
    "assessment": ("assessment", "organising assessment", "rating", "bewertung",
                   "einschatzung", "evaluacion", "valoracion"),
    "basis": ("basis", "basis of processing", "lawful basis", "rechtsgrundlage",
              "base legal"),
    "do_not_contact": ("do not contact", "dnc", "no contact", "nicht kontaktieren",
                       "kein kontakt", "no contactar"),
    "do_not_email": ("do not email", "no email", "keine e mail", "no enviar correo"),
    "do_not_phone": ("do not phone", "do not call", "no phone", "nicht anrufen",
                     "no llamar"),
    "do_not_sms": ("do not sms", "do not text", "no sms", "keine sms"),
    "do_not_post": ("do not post", "no post", "do not mail", "keine post", "no correo postal"),
    "tags": ("tags", "tag", "labels", "label", "groups", "group", "lists", "schlagworte",
             "schlagworter", "etiketten", "stichworte", "gruppen", "etiquetas", "etiqueta",
             "grupos", "grupo"),
    "id": ("id", "caucus id", "member uuid"),
}

STATUS_WORDS = {
    "mitglied": "member", "aktiv": "member", "active": "member", "current": "member",
    "miembro": "member", "afiliado": "member", "afiliada": "member", "activo": "member",
    "activa": "member", "interessent": "prospect", "potential": "prospect",
    "prospecto": "prospect", "contacto": "prospect", "ruckstand": "arrears",
    "atrasado": "arrears", "morosa": "arrears", "moroso": "arrears",
    "ausgetreten": "resigned", "baja": "resigned", "left": "resigned",
    "verstorben": "deceased", "fallecido": "deceased", "fallecida": "deceased",
    "abgelaufen": "lapsed", "caducado": "lapsed", "former": "lapsed",
}


def normalise_heading(text: str) -> str:
    """Lower case, accents stripped, punctuation as single spaces: ``"E-Mail"`` → ``"e mail"``."""
    text = str(text or "")
    if not text.isascii():  # ASCII has no accents to strip (most names and headings)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ß", "ss").lower().replace("_", " ")
    # letters of every script (Arabic headings stay Arabic), digits; the rest is a space
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


for _target, _words in more.MEMBER_HEADINGS.items():
    SYNONYMS[_target] = (*SYNONYMS[_target], *_words)
for _word, _status in more.STATUS_WORDS.items():
    STATUS_WORDS.setdefault(normalise_heading(_word), _status)


_LOOKUP: dict[str, str] = {}
for _target, _words in SYNONYMS.items():
    for _word in (_target, *_words):
        _LOOKUP.setdefault(normalise_heading(_word), _target)
for _name in MEMBER_FIELDS:
    _LOOKUP.setdefault(normalise_heading(_name), _name)
_LOOKUP.pop("custom", None)
for _name in ID_FIELDS:
    _LOOKUP.pop(normalise_heading(_name), None)
_LOOKUP["workplace id"] = "workplace"
_LOOKUP["unit id"] = "unit"


def guess_target(heading: str) -> str | None:
    """The mapping target a column heading most likely means, or ``None``."""
    raw = str(heading or "").strip()
    if raw.lower().startswith("custom.") and len(raw) > 7:
        return "custom." + raw[7:].strip()
    key = normalise_heading(raw)
    if not key:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    # "E-Mail (privat)", "Telefon 2", "Phone (mobile)": try dropping trailing words
    words = key.split()
    for n in range(len(words) - 1, 0, -1):
        target = _LOOKUP.get(" ".join(words[:n]))
        if target in ("emails", "phones", "tags", "address", "postcode", "first_name",
                      "last_name", "membership_no", "workplace", "joined_on"):
            return target
    for word in words:
        if word in ("email", "mail", "correo"):
            return "emails"
        if word in ("phone", "telefon", "telefono", "mobile", "movil", "handy", "tel"):
            return "phones"
    return None


def guess_mapping(headings: Sequence[str]) -> dict[str, str | None]:
    """Each heading's guessed target; a scalar target is given to its first column only."""
    out: dict[str, str | None] = {}
    used: set[str] = set()
    for heading in headings:
        target = guess_target(heading)
        if target and target not in LIST_TARGETS and target in used:
            target = None
        if target:
            used.add(target)
        out[heading] = target
    if "full_name" in used and ({"first_name", "last_name"} & used):
        out = {h: (None if t == "full_name" else t) for h, t in out.items()}
    return out


def check_mapping(mapping: Mapping[str, str | None]) -> dict[str, str | None]:
    """Validate a manual mapping; returns it with blank targets as ``None``. Only lists,
    the address and custom fields take several columns (one value would overwrite the
    other)."""
    out: dict[str, str | None] = {}
    single: dict[str, str] = {}
    for heading, target in mapping.items():
        target = (target or "").strip() or None
        if target in ("ignore", "skip", "-"):
            target = None
        custom = bool(target) and target.startswith("custom.")
        if target and not (target in TARGETS or (custom and len(target) > 7)):
            #: {heading} is a column's heading, {target} the field typed for it
            raise MappingError.of(QT_TRANSLATE_NOOP(
                "errors", "Column {heading} cannot go to {target}; choose a member field, "
                "custom.NAME, or leave it out."), "mapping", heading=repr(heading),
                target=repr(target))
        if target and not custom and target not in (*LIST_TARGETS, *JOINED_TARGETS):
            if target in single:
                #: {first} and {second} are two columns' headings, {field} a member field
                raise MappingError.of(QT_TRANSLATE_NOOP(
                    "errors", "Columns {first} and {second} both go to {field}; choose one of "
                    "them (only the address, emails, phones, tags and custom fields take "
                    "several columns)."), "mapping", first=repr(single[target]),
                    second=repr(heading), field=FieldName(target, label(target).lower()))
            single[target] = str(heading)
        out[str(heading)] = target
    return out


def save_mapping(branch: Branch, name: str, mapping: Mapping[str, str | None]) -> None:
    """Keep a mapping under ``name`` in this vault's local settings (not replicated)."""
    label = (name or "").strip()
    if not label:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A saved mapping needs a name."),
                              "name")
    data = json.dumps(check_mapping(mapping), ensure_ascii=False, sort_keys=True)
    with branch.replica.sql_transaction():
        branch.replica.set_meta(MAPPING_PREFIX + label, data)


def load_mapping(branch: Branch, name: str) -> dict[str, str | None]:
    value = branch.replica.meta(MAPPING_PREFIX + (name or "").strip())
    if value is None:
        known = ", ".join(saved_mappings(branch)) or Phrase(
            QT_TRANSLATE_NOOP("phrases", "none saved yet"))
        #: {name} is the name asked for, {known} the names of the saved mappings
        raise MappingError.of(QT_TRANSLATE_NOOP(
            "errors", "There is no saved mapping called {name} ({known})."), "mapping",
            name=repr(name), known=known)
    return check_mapping(json.loads(value))


def saved_mappings(branch: Branch) -> list[str]:
    return [r[0][len(MAPPING_PREFIX):] for r in branch.conn.execute(
        "SELECT key FROM meta WHERE key LIKE ? ORDER BY key", (MAPPING_PREFIX + "%",)
    )]


def delete_mapping(branch: Branch, name: str) -> None:
    with branch.replica.sql_transaction():
        branch.conn.execute("DELETE FROM meta WHERE key = ?", (MAPPING_PREFIX + name.strip(),))
