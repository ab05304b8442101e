"""``caucus``: the headless command line (scripts, tests, a relay node).

``caucus`` alone starts the desktop app; ``caucus <command>`` works on a vault without
Qt. The vault path comes from ``--vault``, else ``$CAUCUS_VAULT``, else the platform
default. The passphrase comes only from ``$CAUCUS_PASSPHRASE`` or a terminal prompt
(never from the command line, where other users could read it).

Data goes to stdout (``--json`` on every read command), messages to stderr. Every
:class:`~sync.errors.CaucusError` becomes one sentence on stderr, exit status 1 (2 for
usage errors); Ctrl-C exits 130. To add a command group, write a ``_register_*``
function and append it to :data:`REGISTRARS`.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .changes import ERASE_FIELD
from .errors import CaucusError, UnknownId, VaultExists, VaultMissing
from .records import ATTENDANCE, CAMPAIGN_STATUSES, MEMBER_SORTS, STATUSES, Branch, MemberQuery
from .records import parse_assignment as _parse_assignment
from .store.vault import DEFAULT_PROFILE, KDF_PROFILES, Vault, default_vault_path, sidecar_path

ENV_VAULT = "CAUCUS_VAULT"
ENV_PASSPHRASE = "CAUCUS_PASSPHRASE"  # noqa: S105 (a variable name)
ENV_NEW_PASSPHRASE = "CAUCUS_NEW_PASSPHRASE"  # noqa: S105
ENV_DEBUG = "CAUCUS_DEBUG"
DEMO_MAX_MEMBERS = 50_000
CELL_WIDTH = 60  # ids (36 characters) are never cut
FIELD_ALIASES = {
    "first": "first_name", "last": "last_name", "preferred": "preferred_name",
    "email": "emails", "phone": "phones", "workplace": "workplace_id", "joined": "joined_on",
}

Handler = Callable[..., int]
Subparsers = argparse._SubParsersAction


class UsageError(CaucusError):
    """That command line is not valid; see caucus --help."""

    exit_code = 2


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose errors are one sentence handled by :func:`main`."""

    commands: tuple[str, ...] = ()

    def error(self, message: str) -> Any:  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help').")


# -- small helpers ----------------------------------------------------------------------
def _say(text: str = "") -> None:
    print(text)


def _note(text: str) -> None:
    print(text, file=sys.stderr)


def _fail(text: str) -> int:
    _note(f"caucus: {text}")
    return 1


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def _cell(value: Any, width: int = CELL_WIDTH) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Aligned columns, the last one unpadded; nothing at all when there are no rows."""
    if not rows:
        return
    cells = [[_cell(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    for row in [list(headers), *cells]:
        padded = [c.ljust(w) for c, w in zip(row[:-1], widths, strict=False)] + [row[-1]]
        _say("  ".join(padded).rstrip())


def _iso_ms(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).isoformat(timespec="seconds")


def _count_line(shown: int, total: int, noun: str) -> None:
    plural = noun if total == 1 else noun + "s"
    _note(f"{total} {plural}" if shown == total else f"Showing {shown} of {total} {plural}")


def _emit(args: argparse.Namespace, items: Sequence[Any], noun: str, headers: Sequence[str],
          row: Callable[[Any], Sequence[Any]], total: int | None = None) -> int:
    """A list command's output: JSON of ``to_dict()``s, or a table and a count line."""
    if args.json:
        _print_json([item if isinstance(item, dict) else item.to_dict() for item in items])
    else:
        _table(headers, [row(item) for item in items])
    _count_line(len(items), len(items) if total is None else total, noun)
    return 0


def _whole(low: int, high: int | None = None) -> Callable[[str], int]:
    """An argparse type: a whole number in ``low..high``."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
        if value < low or (high is not None and value > high):
            span = f"between {low} and {high}" if high is not None else f"{low} or more"
            raise argparse.ArgumentTypeError(f"must be {span}, not {value}")
        return value
    return parse


_positive = _whole(1)


# -- vault, passphrase, prompts ---------------------------------------------------------
def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def vault_path(args: argparse.Namespace) -> Path:
    """``--vault``, else ``$CAUCUS_VAULT``, else the platform's default location."""
    given = getattr(args, "vault", None) or os.environ.get(ENV_VAULT)
    return Path(given).expanduser() if given else default_vault_path()


def read_passphrase(env: str = ENV_PASSPHRASE, prompt: str = "Passphrase: ",
                    confirm: bool = False) -> str:
    """From ``env`` or a terminal prompt (twice when ``confirm``); never from argv."""
    value = os.environ.get(env)
    if value:
        return value
    if not _interactive():
        raise UsageError(
            f"No passphrase: set {env} or run caucus in a terminal to be asked for it."
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise CaucusError("The two passphrases differ; nothing was changed.")
    return first


def _refuse_existing(path: Path) -> None:
    if path.exists() or sidecar_path(path).exists():
        raise VaultExists(f"A vault already exists at {path}; it was left untouched.")


def _confirm(question: str) -> bool:
    sys.stderr.write(question)
    sys.stderr.flush()
    return sys.stdin.readline().strip().lower() in ("y", "yes")


@contextlib.contextmanager
def open_branch(args: argparse.Namespace) -> Iterator[Branch]:
    """Unlock the vault, yield its :class:`Branch`, and always lock it again."""
    path = vault_path(args)
    if not path.exists():
        raise VaultMissing(
            f"There is no vault at {path}; create one with 'caucus init' or 'caucus demo'."
        )
    vault = Vault.open(path, read_passphrase(prompt=f"Passphrase for {path.name}: "))
    try:
        yield Branch(vault)
    finally:
        vault.lock()


# -- parser construction ----------------------------------------------------------------
def _vault_option(parser: argparse.ArgumentParser, default: Any = argparse.SUPPRESS) -> None:
    """``--vault``: on the top level (default None) and, suppressed, on every command, so
    it can be given before or after the command and the last one given wins."""
    parser.add_argument("--vault", metavar="PATH", default=default,
                        help=f"the vault file (default: ${ENV_VAULT} or the platform default)")


def _group(sub: Subparsers, name: str, help_text: str) -> Subparsers:
    parser = sub.add_parser(name, help=help_text, description=help_text)
    _vault_option(parser)
    return parser.add_subparsers(dest=f"{name}_command", metavar="COMMAND", required=True)


def _leaf(sub: Subparsers, name: str, help_text: str, handler: Handler, *,
          json_out: bool = False, needs_branch: bool = True) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_text, description=help_text)
    _vault_option(parser)
    if json_out:
        parser.add_argument("--json", action="store_true", help="print JSON to stdout")
    parser.set_defaults(handler=handler, needs_branch=needs_branch)
    return parser


def _kdf_option(parser: argparse.ArgumentParser, default: str | None) -> None:
    parser.add_argument("--kdf", choices=tuple(KDF_PROFILES), default=default,
                        help="Argon2id cost: interactive (fast), moderate, sensitive (slow)")


# -- init and demo ----------------------------------------------------------------------
def _register_init(sub: Subparsers) -> None:
    p = _leaf(sub, "init", "create a new vault and found a branch in it (or join one with "
              "--join WELCOME)", _cmd_init, needs_branch=False)
    p.add_argument("--branch", help="the branch's name (when founding a branch)")
    p.add_argument("--device", help="this laptop's name, e.g. \"Ana's laptop\"")
    p.add_argument("--join", metavar="WELCOME",
                   help="join a branch with the welcome file an admin made for this laptop")
    p.add_argument("--fingerprint", metavar="FP",
                   help="with --join: the branch fingerprint the admin's laptop shows; "
                        "a welcome file for any other branch is refused")
    _kdf_option(p, DEFAULT_PROFILE)


def _cmd_init(args: argparse.Namespace) -> int:
    from .trust import create_branch

    if args.join:
        from .cli_sync import init_join

        return init_join(args)
    path = vault_path(args)
    _refuse_existing(path)
    for option, value in (("--branch", args.branch), ("--device", args.device)):
        if not value or not value.strip():
            raise UsageError(f"{option} needs a name.")
    vault = Vault.create(path, read_passphrase(prompt="New passphrase: ", confirm=True),
                         args.kdf)
    try:
        replica = create_branch(vault, args.branch, args.device)
        _say(f"branch {replica.branch_id.hex()} {args.branch.strip()}")
        _say(f"device {replica.device_id} {args.device.strip()}")
    finally:
        vault.lock()
    _note(f"Created the vault {path}. Keep {sidecar_path(path).name} beside it.")
    return 0


def _register_demo(sub: Subparsers) -> None:
    p = _leaf(sub, "demo", "create a vault filled with an invented demo branch", _cmd_demo,
              needs_branch=False)
    p.add_argument("--members", type=_whole(1, DEMO_MAX_MEMBERS), default=2000,
                   help=f"how many invented members (1..{DEMO_MAX_MEMBERS}, default 2000)")
    p.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    p.add_argument("--branch", help="the demo branch's name")
    p.add_argument("--device", help="this laptop's name")
    _kdf_option(p, DEFAULT_PROFILE)


def _cmd_demo(args: argparse.Namespace) -> int:
    path = vault_path(args)
    _refuse_existing(path)
    try:
        from .demo import create_demo_vault
    except ModuleNotFoundError as exc:
        if exc.name != "sync.demo":
            raise
        raise CaucusError("The demo data generator is not part of this installation.") from None
    passphrase = read_passphrase(prompt="New passphrase: ", confirm=True)
    progress = _progress_printer("Creating demo branch") if sys.stderr.isatty() else None
    create_demo_vault(path, passphrase, members=args.members, seed=args.seed,
                      profile=args.kdf, branch_name=args.branch, device_name=args.device,
                      progress=progress)
    if progress:
        _note("")
    _say(f"Created a demo branch with {args.members} members in {path}.")
    return 0


def _progress_printer(label: str) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        sys.stderr.write(f"\r{label}: {done}/{total}")
        sys.stderr.flush()
    return show


# -- members ----------------------------------------------------------------------------
def _register_member(sub: Subparsers) -> None:
    g = _group(sub, "member", "add, list, show, edit, delete and erase members")
    p = _leaf(g, "add", "add a member and print the new id", _cmd_member_add)
    p.add_argument("--first", help="first name")
    p.add_argument("--last", help="last name")
    p.add_argument("--preferred", help="preferred name")
    p.add_argument("--email", action="append", default=[], help="email (repeatable)")
    p.add_argument("--phone", action="append", default=[], help="phone number (repeatable)")
    p.add_argument("--workplace", help="workplace id, id prefix or exact name")
    p.add_argument("--status", help=f"one of {', '.join(STATUSES)}")
    p.add_argument("--tag", action="append", default=[], help="tag (repeatable)")
    p.add_argument("--membership-no", help="membership number")
    p.add_argument("--joined", help="date joined (YYYY-MM-DD)")
    p.add_argument("--dues-paid-until", help="dues paid up to (YYYY-MM-DD)")
    p.add_argument("--assessment", help="organising assessment 0..5")
    _set_option(p)

    p = _leaf(g, "list", "list members (filters and sorting in the vault)", _cmd_member_list,
              json_out=True)
    p.add_argument("--search", default="", help="name, email, phone or note text fragment")
    p.add_argument("--status", choices=STATUSES, help="effective membership status")
    p.add_argument("--workplace", help="workplace id, id prefix or exact name")
    p.add_argument("--tag", help="members with this tag")
    p.add_argument("--arrears-before", metavar="DATE", help="dues unpaid before DATE")
    p.add_argument("--deleted", action="store_true", help="list deleted members instead")
    p.add_argument("--sort", choices=tuple(MEMBER_SORTS), default="name")
    p.add_argument("--desc", action="store_true", help="sort in descending order")
    p.add_argument("--limit", type=_positive, help="show at most N members")

    p = _leaf(g, "show", "show every field of one member", _cmd_member_show, json_out=True)
    p.add_argument("id", metavar="ID", help="member id or unique id prefix (6+ characters)")

    p = _leaf(g, "edit", "change a member's fields and tags", _cmd_member_edit)
    p.add_argument("id", metavar="ID")
    _set_option(p)
    p.add_argument("--tag-add", action="append", default=[], metavar="TAG")
    p.add_argument("--tag-remove", action="append", default=[], metavar="TAG")

    for name, text in (("delete", "move a member to the deleted list (restorable)"),
                       ("restore", "bring a deleted member back")):
        _leaf(g, name, text, _cmd_member_delete).add_argument("id", metavar="ID")
    p = _leaf(g, "erase", "erase a member and all their records everywhere (GDPR; final)",
              _cmd_member_erase)
    p.add_argument("id", metavar="ID")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p = _leaf(g, "history", "who changed what on a member, and when", _cmd_member_history,
              json_out=True)
    p.add_argument("id", metavar="ID")
    p = _leaf(g, "tag", "add tags to a member", _cmd_member_tag)
    p.add_argument("id", metavar="ID")
    p.add_argument("tags", metavar="TAG", nargs="+")


def _set_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--set", action="append", default=[], metavar="FIELD=VALUE",
        help="any member field; lists (emails, phones, tags) comma-separated; "
             "custom.NAME=VALUE for custom fields; an empty VALUE clears",
    )


def _member_fields(branch: Branch, assignments: Sequence[str]) -> tuple[dict[str, Any],
                                                                          str | None]:
    """``--set`` values as member fields, plus a ``tags=`` value if one was given."""
    fields: dict[str, Any] = {}
    tags = None
    for text in assignments:
        name, value = _parse_assignment(text)
        if not name.startswith("custom."):
            name = name.replace("-", "_")
            name = FIELD_ALIASES.get(name, name)
        if name == "tags":
            tags = value
        elif name == "workplace_id":
            fields[name] = _workplace_id(branch, value)
        else:
            fields[name] = value
    return fields, tags


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _workplace_id(branch: Branch, ref: str | None) -> str | None:
    if ref is None or not ref.strip():
        return None
    return branch.resolve_id("workplace", ref, "workplace")


def _member_id(branch: Branch, ref: str) -> str:
    return branch.resolve_id("member", ref, "member")


def _cmd_member_add(branch: Branch, args: argparse.Namespace) -> int:
    given = {
        "first_name": args.first, "last_name": args.last, "preferred_name": args.preferred,
        "emails": args.email or None, "phones": args.phone or None, "status": args.status,
        "membership_no": args.membership_no, "joined_on": args.joined,
        "dues_paid_until": args.dues_paid_until, "assessment": args.assessment,
        "workplace_id": _workplace_id(branch, args.workplace),
    }
    fields = {k: v for k, v in given.items() if v is not None}
    extra, tags = _member_fields(branch, args.set)
    fields.update(extra)
    _say(branch.add_member(tags=[*args.tag, *_split(tags or "")], **fields))
    return 0


def _cmd_member_list(branch: Branch, args: argparse.Namespace) -> int:
    query = MemberQuery(
        search=args.search, status=args.status, tag=args.tag,
        workplace_id=_workplace_id(branch, args.workplace),
        arrears_before=args.arrears_before, only_deleted=args.deleted,
    )
    rows = branch.list_members(query, sort=args.sort, descending=args.desc, limit=args.limit)
    total = branch.count_members(query) if args.limit else len(rows)
    return _emit(args, rows, "member", ("ID", "NAME", "EMAIL", "PHONE", "WORKPLACE", "STATUS"),
                 lambda r: (r.id, _display_name(r.preferred_name or r.first_name, r.last_name),
                            r.email, r.phone, r.workplace, r.status), total)


def _display_name(first: str | None, last: str | None) -> str:
    return " ".join(x for x in (first, last) if x) or "(no name)"


def _cmd_member_show(branch: Branch, args: argparse.Namespace) -> int:
    member = branch.get_member(_member_id(branch, args.id))
    notes = len(branch.list_notes(member_id=member.id))
    if args.json:
        _print_json({**member.to_dict(), "display_name": member.display_name, "notes": notes})
        return 0
    data = member.to_dict()
    custom, consents = data.pop("custom"), data.pop("consents")
    data.update({f"custom.{k}": v for k, v in sorted(custom.items())})
    for c in consents:
        verb = "granted" if c["granted"] else "refused"
        data[f"consent.{c['kind']}"] = f"{verb} {c['recorded_on']} ({c['source'] or '-'})"
    data["notes"] = notes
    width = max(len(k) for k in data) + 1
    _say(member.display_name)
    for key, value in data.items():
        if isinstance(value, list):
            value = ", ".join(value)
        shown = "yes" if value is True else "no" if value is False else value
        _say(f"  {key + ':':<{width}} {'' if shown is None else shown}".rstrip())
    return 0


def _cmd_member_edit(branch: Branch, args: argparse.Namespace) -> int:
    if not (args.set or args.tag_add or args.tag_remove):
        raise UsageError("Nothing to change: give --set FIELD=VALUE, --tag-add or --tag-remove.")
    member_id = _member_id(branch, args.id)
    fields, tags = _member_fields(branch, args.set)
    if fields:
        branch.update_member(member_id, **fields)
    if tags is not None or args.tag_add or args.tag_remove:
        current = branch.member_tags(member_id) if tags is None else _split(tags)
        drop = {t.strip().lower() for t in args.tag_remove}
        branch.set_tags(member_id, [t for t in [*current, *args.tag_add]
                                    if t.strip().lower() not in drop])
    _say(f"Updated {branch.get_member(member_id).display_name} ({member_id}).")
    return 0


def _cmd_member_delete(branch: Branch, args: argparse.Namespace) -> int:
    """``member delete`` and ``member restore`` (a soft, replicated delete flag)."""
    member_id = _member_id(branch, args.id)
    if args.member_command == "delete":
        branch.delete_member(member_id)
        hint = f"; 'caucus member restore {member_id}' brings them back"
    else:
        branch.restore_member(member_id)
        hint = ""
    verb = "Deleted" if args.member_command == "delete" else "Restored"
    _say(f"{verb} {branch.get_member(member_id).display_name} ({member_id}){hint}.")
    return 0


def _cmd_member_erase(branch: Branch, args: argparse.Namespace) -> int:
    member_id = _member_id(branch, args.id)
    name = branch.get_member(member_id).display_name
    if not args.yes:
        if not _interactive():
            raise UsageError("Erasure is final: add --yes to erase without being asked.")
        if not _confirm(f"Erase {name} ({member_id}) and every record about them, on every "
                        "laptop of the branch? This cannot be undone. [y/N] "):
            raise CaucusError("Nothing was erased.")
    erased = branch.erase_member(member_id)
    merged = (f" and {len(erased) - 1} earlier record{'s' if len(erased) > 2 else ''} "
              "merged into them" if len(erased) > 1 else "")
    _say(f"Erased member {member_id}{merged}; other laptops erase them when they next sync.")
    return 0


def _cmd_member_history(branch: Branch, args: argparse.Namespace) -> int:
    try:
        member_id = _member_id(branch, args.id)
    except UnknownId:
        member_id = args.id.strip()  # an erased member's history is kept (redacted)
    entries = branch.member_history(member_id)
    if args.json:
        _print_json(entries)
        return 0
    _table(("TIME", "DEVICE", "SEQ", "FIELD", "VALUE"), [
        (e["time"], e["device_name"], e["seq"],
         e["field"] if e["table"] == "member" else f"{e['table']}.{e['field']}",
         "(erased)" if e["redacted"] or e["field"] == ERASE_FIELD
         else json.dumps(e["value"], ensure_ascii=False))
        for e in entries
    ])
    return 0


def _cmd_member_tag(branch: Branch, args: argparse.Namespace) -> int:
    member_id = _member_id(branch, args.id)
    branch.set_tags(member_id, [*branch.member_tags(member_id), *args.tags])
    _say(", ".join(branch.member_tags(member_id)))
    return 0


# -- workplaces, campaigns --------------------------------------------------------------
def _register_workplace(sub: Subparsers) -> None:
    g = _group(sub, "workplace", "workplaces and their organising wall chart")
    p = _leaf(g, "add", "add a workplace and print its id", _cmd_workplace_add)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--employer")
    p.add_argument("--address")
    p.add_argument("--sector")
    p.add_argument("--notes")
    _leaf(g, "list", "list workplaces with member counts and assessments",
          _cmd_workplace_list, json_out=True)


def _cmd_workplace_add(branch: Branch, args: argparse.Namespace) -> int:
    extra = {k: getattr(args, k) for k in ("employer", "address", "sector", "notes")}
    _say(branch.add_workplace(args.name, **{k: v for k, v in extra.items() if v is not None}))
    return 0


def _cmd_workplace_list(branch: Branch, args: argparse.Namespace) -> int:
    return _emit(args, branch.list_workplaces(), "workplace",
                 ("ID", "NAME", "EMPLOYER", "MEMBERS", "ASSESSED", "TOTAL", "AVERAGE"),
                 lambda w: (w.id, w.name, w.employer, w.members, w.assessed,
                            w.assessment_total,
                            f"{w.assessment_total / w.assessed:.1f}" if w.assessed else "-"))


def _register_campaign(sub: Subparsers) -> None:
    g = _group(sub, "campaign", "campaigns")
    p = _leaf(g, "add", "add a campaign and print its id", _cmd_campaign_add)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--description")
    p.add_argument("--starts", metavar="DATE")
    p.add_argument("--ends", metavar="DATE")
    p.add_argument("--status", choices=CAMPAIGN_STATUSES)
    _leaf(g, "list", "list campaigns with their note counts", _cmd_campaign_list,
          json_out=True)


def _cmd_campaign_add(branch: Branch, args: argparse.Namespace) -> int:
    fields = {"description": args.description, "starts_on": args.starts,
              "ends_on": args.ends, "status": args.status}
    _say(branch.add_campaign(args.name, **{k: v for k, v in fields.items() if v is not None}))
    return 0


def _cmd_campaign_list(branch: Branch, args: argparse.Namespace) -> int:
    return _emit(args, branch.list_campaigns(), "campaign",
                 ("ID", "NAME", "STATUS", "STARTS", "ENDS", "NOTES"),
                 lambda c: (c.id, c.name, c.status, c.starts_on, c.ends_on, c.notes))


# -- notes, tasks -----------------------------------------------------------------------
def _register_note(sub: Subparsers) -> None:
    g = _group(sub, "note", "conversations with members")
    p = _leaf(g, "add", "record a conversation and print its id", _cmd_note_add)
    p.add_argument("--member", required=True, metavar="ID", help="member id or prefix")
    p.add_argument("--campaign", metavar="ID", help="campaign id, prefix or name")
    p.add_argument("--text", required=True)
    p.add_argument("--date", help="when (YYYY-MM-DD, default today)")
    p.add_argument("--method", help="in_person, phone, email, text, video, meeting, other")
    p.add_argument("--outcome")
    p.add_argument("--follow-up", metavar="DATE", help="also create a follow-up task due then")
    p = _leaf(g, "list", "list notes, newest first", _cmd_note_list, json_out=True)
    p.add_argument("--member", metavar="ID")
    p.add_argument("--campaign", metavar="ID")
    p.add_argument("--limit", type=_positive)


def _campaign_id(branch: Branch, ref: str | None) -> str | None:
    return branch.resolve_id("campaign", ref, "campaign") if ref else None


def _cmd_note_add(branch: Branch, args: argparse.Namespace) -> int:
    _say(branch.add_note(
        args.text, member_id=_member_id(branch, args.member),
        campaign_id=_campaign_id(branch, args.campaign), date=args.date, method=args.method,
        outcome=args.outcome, follow_up_on=args.follow_up,
    ))
    return 0


def _cmd_note_list(branch: Branch, args: argparse.Namespace) -> int:
    member = _member_id(branch, args.member) if args.member else None
    notes = branch.list_notes(member, _campaign_id(branch, args.campaign), args.limit)
    return _emit(args, notes, "note", ("ID", "DATE", "MEMBER", "METHOD", "OUTCOME", "TEXT"),
                 lambda n: (n.id, n.date, n.member_name, n.method, n.outcome,
                            _cell(n.text, 60)))


def _register_task(sub: Subparsers) -> None:
    g = _group(sub, "task", "follow-up tasks")
    p = _leaf(g, "add", "add a task and print its id", _cmd_task_add)
    p.add_argument("title", metavar="TITLE")
    p.add_argument("--due", metavar="DATE")
    p.add_argument("--member", metavar="ID")
    p = _leaf(g, "list", "list open tasks, soonest due first", _cmd_task_list, json_out=True)
    p.add_argument("--all", action="store_true", help="include tasks already done")
    p = _leaf(g, "done", "mark a task done", _cmd_task_done)
    p.add_argument("id", metavar="ID")
    p.add_argument("--undo", action="store_true", help="mark it not done again")


def _cmd_task_add(branch: Branch, args: argparse.Namespace) -> int:
    member = _member_id(branch, args.member) if args.member else None
    _say(branch.add_task(args.title, due_on=args.due, member_id=member))
    return 0


def _cmd_task_list(branch: Branch, args: argparse.Namespace) -> int:
    return _emit(args, branch.list_tasks(include_done=args.all), "task",
                 ("ID", "DUE", "DONE", "TITLE", "MEMBER"),
                 lambda t: (t.id, t.due_on, "yes" if t.done else "", t.title,
                            t.member_name))


def _cmd_task_done(branch: Branch, args: argparse.Namespace) -> int:
    task_id = branch.resolve_id("task", args.id, "task")
    branch.complete_task(task_id, done=not args.undo)
    _say(f"Task {task_id} is {'open again' if args.undo else 'done'}.")
    return 0


# -- meetings ---------------------------------------------------------------------------
def _register_meeting(sub: Subparsers) -> None:
    g = _group(sub, "meeting", "meetings, attendance and quorum")
    p = _leaf(g, "add", "add a meeting and print its id", _cmd_meeting_add)
    p.add_argument("title", metavar="TITLE")
    p.add_argument("--date", metavar="DATE")
    p.add_argument("--location")
    p.add_argument("--quorum", type=int, metavar="N", help="members needed for quorum")
    _leaf(g, "list", "list meetings with attendance counts", _cmd_meeting_list, json_out=True)
    p = _leaf(g, "attend", "record a member's attendance at a meeting", _cmd_meeting_attend)
    p.add_argument("meeting", metavar="MEETING_ID", help="meeting id, prefix or title")
    p.add_argument("member", metavar="MEMBER_ID")
    p.add_argument("--status", choices=ATTENDANCE, default="attended")
    p = _leaf(g, "show", "show a meeting's attendance and quorum", _cmd_meeting_show,
              json_out=True)
    p.add_argument("id", metavar="ID", help="meeting id, prefix or title")


def _cmd_meeting_add(branch: Branch, args: argparse.Namespace) -> int:
    _say(branch.add_meeting(args.title, date=args.date, location=args.location,
                            quorum=args.quorum))
    return 0


def _cmd_meeting_list(branch: Branch, args: argparse.Namespace) -> int:
    return _emit(args, branch.list_meetings(), "meeting",
                 ("ID", "DATE", "TITLE", "LOCATION", "ATTENDED", "APOLOGIES", "QUORUM"),
                 lambda m: (m.id, m.date, m.title, m.location, m.attended,
                            m.apologies, m.quorum))


def _cmd_meeting_attend(branch: Branch, args: argparse.Namespace) -> int:
    meeting_id = branch.resolve_id("meeting", args.meeting, "meeting")
    member_id = _member_id(branch, args.member)
    branch.set_attendance(meeting_id, member_id, args.status)
    _say(f"{branch.get_member(member_id).display_name}: {args.status}.")
    return 0


def _cmd_meeting_show(branch: Branch, args: argparse.Namespace) -> int:
    meeting = branch.get_meeting(branch.resolve_id("meeting", args.id, "meeting"))
    people = branch.attendance(meeting.id)
    if args.json:
        _print_json({**meeting.to_dict(), "attendance": [
            {"member_id": m, "name": name, "status": s} for m, name, s in people
        ]})
        return 0
    quorate = {None: "no quorum set", True: "quorate", False: "NOT quorate"}[meeting.quorate]
    _say(f"{meeting.title} — {meeting.date or 'no date'}, {meeting.location or 'no location'}")
    _say(f"Attended {meeting.attended}, apologies {meeting.apologies}, absent "
         f"{meeting.absent}; quorum {meeting.quorum or '-'}: {quorate}.")
    if people:
        _say()
        _table(("MEMBER", "NAME", "STATUS"), [(m, n, s) for m, n, s in people])
    return 0


# -- change sets and state --------------------------------------------------------------
def _register_changes(sub: Subparsers) -> None:
    g = _group(sub, "changes", "the signed change sets held in this vault")
    p = _leaf(g, "list", "list stored change sets", _cmd_changes_list, json_out=True)
    p.add_argument("--limit", type=_positive)
    _leaf(g, "verify", "re-check every stored signature and chain link", _cmd_changes_verify,
          json_out=True)


def _cmd_changes_list(branch: Branch, args: argparse.Namespace) -> int:
    items = branch.replica.list_changesets(args.limit)
    for item in items:
        item["time"] = _iso_ms(item["time_ms"])
    return _emit(args, items, "change set", ("NO", "AUTHOR", "SEQ", "TIME", "OPS", "STATUS"),
                 lambda c: (c["no"], f"{c['author_name']} {c['author'][:8]}", c["seq"],
                            c["time"], c["ops"], c["status"]))


def _changeset_labels(branch: Branch) -> dict[int, str]:
    """``no`` → "by DEVICE (short id), seq N", from the local index (not the body)."""
    labels = {}
    for no, pk, seq in branch.conn.execute(
        "SELECT c.no, a.pk, c.seq FROM changeset c JOIN author a ON a.no = c.author"
    ):
        device = bytes(pk).hex()
        labels[no] = f"by {branch.replica.device_name(device)} ({device[:8]}), seq {seq}"
    return labels


def _cmd_changes_verify(branch: Branch, args: argparse.Namespace) -> int:
    count, failures = branch.replica.verify_all()
    labels = _changeset_labels(branch) if failures else {}
    if args.json:
        _print_json({"checked": count, "verified": count - len(failures), "failures": [
            {"no": no, "label": labels.get(no, ""), "reason": why} for no, why in failures
        ]})
    else:
        _say(f"Verified {count - len(failures)} of {count} change sets.")
    for no, why in failures:
        _note(f"caucus: change set #{no} {labels.get(no, '')} failed: {why}")
    return 1 if failures else 0


def _register_state_hash(sub: Subparsers) -> None:
    _leaf(sub, "state-hash", "print a digest of the data (equal on laptops in sync)",
          _cmd_state_hash, json_out=True)


def _cmd_state_hash(branch: Branch, args: argparse.Namespace) -> int:
    digest = branch.replica.state_hash()
    if args.json:
        _print_json({"state_hash": digest})
    else:
        _say(digest)
    return 0


# -- the vault itself -------------------------------------------------------------------
def _register_vault(sub: Subparsers) -> None:
    g = _group(sub, "vault", "the encrypted vault file: info, passphrase, backup, check")
    _leaf(g, "info", "show the vault's location, encryption, branch, device and counts",
          _cmd_vault_info, json_out=True)
    p = _leaf(g, "passwd", f"change the passphrase (new one from ${ENV_NEW_PASSPHRASE} or "
              "asked twice)", _cmd_vault_passwd)
    _kdf_option(p, None)
    p = _leaf(g, "backup", "write an encrypted copy (same passphrase)", _cmd_vault_backup)
    p.add_argument("--out", required=True, metavar="FILE", help="the new backup file")
    _leaf(g, "check", "check every page of the vault for damage", _cmd_vault_check,
          json_out=True)


def _cmd_vault_info(branch: Branch, args: argparse.Namespace) -> int:
    replica, vault = branch.replica, branch.vault
    info = {
        "path": str(vault.path), "cipher_version": vault.cipher_version(),
        "kdf_profile": vault.kdf_profile, "branch_name": branch.name,
        "branch_id": replica.branch_id.hex(), "device_name": branch.device_name,
        "device_id": replica.device_id, "role": replica.device_role(replica.device_id),
        "counts": branch.stats(),
    }
    if args.json:
        _print_json(info)
        return 0
    counts = info.pop("counts")
    for key, value in info.items():
        _say(f"{key.replace('_', ' ') + ':':<16} {value}")
    _say("counts:          " + ", ".join(f"{n} {t}s" for t, n in counts.items()))
    return 0


def _cmd_vault_passwd(branch: Branch, args: argparse.Namespace) -> int:
    new = read_passphrase(ENV_NEW_PASSPHRASE, "New passphrase: ", confirm=True)
    branch.vault.change_passphrase(new, args.kdf)
    _say(f"Changed the passphrase of {branch.vault.path} (key profile "
         f"{branch.vault.kdf_profile}).")
    return 0


def _cmd_vault_backup(branch: Branch, args: argparse.Namespace) -> int:
    dest = branch.vault.backup(Path(args.out).expanduser())
    _say(f"Backed up to {dest}; keep {sidecar_path(dest).name} with it.")
    return 0


def _cmd_vault_check(branch: Branch, args: argparse.Namespace) -> int:
    problems = branch.vault.integrity_check()
    if args.json:
        _print_json({"ok": not problems, "problems": problems})
    elif not problems:
        _say("The vault is intact.")
    for problem in problems:
        _note(f"caucus: vault check: {problem}")
    return 1 if problems else 0


# -- entry point ------------------------------------------------------------------------
def _register_sync(sub: Subparsers) -> None:
    from .cli_sync import register

    register(sub)


REGISTRARS: list[Callable[[Subparsers], None]] = [
    _register_init, _register_member, _register_workplace, _register_campaign,
    _register_note, _register_task, _register_meeting, _register_changes,
    _register_state_hash, _register_vault, _register_demo, _register_sync,
]
REGISTRARS.append(lambda sub: __import__("sync.lan.cli").lan.cli.register(sub, _leaf))


def _register_exchange(sub: Subparsers) -> None:
    from .exchange.cli import register

    register(sub)


REGISTRARS.append(_register_exchange)


def build_parser() -> _Parser:
    parser = _Parser(
        prog="caucus",
        description="Caucus: encrypted, local-first member records for a union branch. "
                    "Without a command, starts the desktop app.",
        epilog=f"The passphrase is read from ${ENV_PASSPHRASE} or asked for; "
               "it is never a command-line argument.",
    )
    _vault_option(parser, None)
    parser.add_argument("--version", action="version", version=f"caucus {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in REGISTRARS:
        register(sub)
    parser.commands = tuple(sub.choices)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("caucus")
    except PackageNotFoundError:
        return "unknown"


def _launch_gui(argv: list[str]) -> int:
    try:
        from desktop.app import main as gui_main
    except ModuleNotFoundError as exc:
        if exc.name not in ("desktop", "desktop.app"):
            raise CaucusError(f"The desktop app cannot start: {exc}.") from None
        raise CaucusError("The desktop app is not part of this installation; "
                          "use a command (see 'caucus --help').") from None
    except ImportError as exc:
        raise CaucusError(f"The desktop app cannot start: {exc}.") from None
    return gui_main(argv)


def _is_gui_call(argv: list[str], commands: Sequence[str]) -> bool:
    """No command named, and every bare word is the value of the option before it: the
    desktop app's own options (``--kdf-profile sensitive``) and Qt's pass through."""
    previous = ""
    for word in argv:
        if word in commands or word in ("-h", "--help", "--version"):
            return False
        if not word.startswith("-") and not previous.startswith("-"):
            return False
        previous = word
    return True


def _run(argv: list[str]) -> int:
    parser = build_parser()
    if _is_gui_call(argv, parser.commands):
        return _launch_gui(argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else 0
    if args.command is None:
        return _launch_gui(argv)
    if args.needs_branch:
        with open_branch(args) as branch:
            return args.handler(branch, args)
    return args.handler(args)


def main(argv: Sequence[str] | None = None) -> int:
    """``caucus [COMMAND]``; returns the exit status (never raises, never a traceback)."""
    try:
        return _run(list(sys.argv[1:] if argv is None else argv))
    except KeyboardInterrupt:
        return 130
    except CaucusError as exc:
        _fail(str(exc))
        return getattr(exc, "exit_code", 1)
    except BrokenPipeError:
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        return _fail(f"{exc.strerror or exc}{where}.")
    except Exception as exc:
        if os.environ.get(ENV_DEBUG):
            raise
        return _fail(f"unexpected internal error ({type(exc).__name__}); please report it. "
                     f"Set {ENV_DEBUG}=1 to see the details.")


if __name__ == "__main__":
    sys.exit(main())
