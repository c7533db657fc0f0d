"""`rmos keys public` and `rmos keys init`: this station's public key in minisign `.pub` format, and separate key
pairs for a supervisor or witness who cosigns checkpoints with a key kept off the workstation."""

from __future__ import annotations

import argparse
import os
import stat
from pathlib import Path

from rmos_desktop.cli.common import (
    EXIT_OK,
    CheckFailed,
    Parents,
    StorageFailed,
    UsageError,
    add_command,
    out,
    subcommand_group,
)

KEYS_HELP = "the station's signing key and separate key pairs for cosigners"
PUBLIC_HELP = "print (or write with --out) this station's public key in minisign .pub format"
PUBLIC_DESCRIPTION = """\
Print this workstation's public key in minisign's two-line .pub format (the station key is made on first need,
in the config folder, mode 0600). Give it to whoever checks this station's exports, ledger copies and
checkpoints: `minisign -Vm NAME.nc -p station.pub`, `rmos verify FILE --trust station.pub`,
`rmos audit verify --trust station.pub`.

With --out FILE it is written to FILE instead (a different existing file is replaced only with --overwrite).
Exit 0 done, 1 the station key cannot be used, 2 FILE exists or is not a regular file, 5 the key or FILE cannot
be written."""
INIT_HELP = "make a separate key pair PATH.key (0600) + PATH.pub for a supervisor or witness"
INIT_DESCRIPTION = """\
Make a new Ed25519 key pair in minisign's formats: PATH.key (secret, unencrypted, mode 0600) and PATH.pub
(public). It is meant for a supervisor's or witness's key kept off the workstation (a USB stick) to cosign
checkpoints with `rmos audit cosign CHECKPOINT --key PATH.key`; auditors trust it with --trust PATH.pub.
A trailing .key or .pub on PATH is dropped. An existing key file is never overwritten.
Exit 0 made, 2 a file exists already or the folder does not exist, 5 the files cannot be written."""


def station_signing_key():
    """This workstation's station key (made on first need); a key that cannot be made or used is a plain error."""
    from rmos_desktop.core.runs.keys import StationKeyError, station_key, station_key_path

    try:
        return station_key()
    except StationKeyError as exc:
        if not station_key_path().exists():
            raise StorageFailed(str(exc)) from None  # could not be created: the config folder refused it
        raise CheckFailed(str(exc)) from None


def _existing_kind(path: Path) -> str | None:
    """What stands at `path` (without following a link): None when nothing, else 'file' or what it is."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UsageError(f"{path} cannot be checked: {exc.strerror or exc}") from None
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def cmd_public(args: argparse.Namespace) -> int:
    from rmos_desktop.core.runs.keys import KeyFileError, write_public_key

    key = station_signing_key()
    pub = key.public()
    payload = {
        "key_id": pub.key_id_hex,
        "public_key": pub.minisign_base64(),
        "pub_file_text": pub.to_minisign_pub(),
        "file": None,
    }
    if args.out is None:
        out(args, payload, pub.to_minisign_pub())
        return EXIT_OK
    target = Path(args.out)
    kind = _existing_kind(target)
    if kind not in (None, "file"):
        raise UsageError(f"{target} is {kind}; name a file to write the public key to")
    if not target.parent.is_dir():
        raise UsageError(f"folder {target.parent} does not exist")
    if kind == "file" and not args.overwrite:
        try:
            same = target.read_text(encoding="ascii", errors="replace") == pub.to_minisign_pub()
        except OSError as exc:
            raise UsageError(f"{target} exists and cannot be read: {exc.strerror or exc}") from None
        if not same:
            raise UsageError(f"{target} already exists with other content; nothing was written (use --overwrite)")
    try:
        written = write_public_key(pub, target, overwrite=args.overwrite)
    except KeyFileError as exc:
        raise StorageFailed(str(exc)) from None
    payload["file"] = str(written)
    out(args, payload, f"Wrote the station public key {pub.key_id_hex} to {written}")
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from rmos_desktop.core.runs.keys import KeyFileError, init_key_pair, load_public_key, station_key_path

    target = Path(args.out)
    base = target.with_suffix("") if target.suffix in (".key", ".pub") else target
    if not base.name:
        raise UsageError("give a file name for the key pair (PATH makes PATH.key and PATH.pub)")
    for path in (base.with_name(base.name + ".key"), base.with_name(base.name + ".pub")):
        if _existing_kind(path) is not None:
            raise UsageError(f"{path} already exists; a key file is never overwritten (choose another name)")
    if base.parent.resolve() == station_key_path().parent.resolve():
        raise UsageError(f"{base.parent} holds the station key; keep a cosigner's key elsewhere (off the workstation)")
    if not args.comment.isascii() or not args.comment.isprintable():
        raise UsageError("--comment must be printable ASCII on one line (minisign key files are ASCII)")
    if not base.parent.is_dir():
        raise UsageError(f"folder {base.parent} does not exist")
    try:
        key_path, pub_path = init_key_pair(base, comment=args.comment)
    except KeyFileError as exc:
        if "already exists" in str(exc) or "does not exist" in str(exc):
            raise UsageError(str(exc)) from None
        raise StorageFailed(str(exc)) from None
    pub = load_public_key(pub_path)
    payload = {"key_id": pub.key_id_hex, "secret_key_file": str(key_path), "public_key_file": str(pub_path)}
    out(
        args,
        payload,
        f"Made key pair {pub.key_id_hex}:\n"
        f"  secret  {key_path}  (mode 0600; keep it off the workstation)\n"
        f"  public  {pub_path}  (give it to auditors: --trust {pub_path})\n"
        f"Cosign with: rmos audit cosign CHECKPOINT --key {key_path}",
    )
    return EXIT_OK


def register(sub, parents: Parents) -> None:
    group = subcommand_group(sub, "keys", KEYS_HELP)
    p = add_command(
        group,
        "public",
        cmd_public,
        PUBLIC_HELP,
        description=PUBLIC_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[parents.output],
    )
    p.add_argument("--out", metavar="FILE", help="write the .pub file here instead of printing it")
    p.add_argument("--overwrite", action="store_true", help="replace a different existing FILE")

    p = add_command(
        group,
        "init",
        cmd_init,
        INIT_HELP,
        description=INIT_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[parents.output],
    )
    p.add_argument("--out", metavar="PATH", required=True, help="makes PATH.key and PATH.pub")
    p.add_argument("--comment", default="rmos-desktop key", help="the keys' untrusted comment (default: %(default)s)")
