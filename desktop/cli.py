"""The command line: `python -m desktop [FILE]` starts the window; subcommands work on files."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop import __version__
from desktop.cli_common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CommandError, fail, languages_arg, load, write_file


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.demo.build import build_demo
    from desktop.storage.files import write_new

    write_new(build_demo(), Path(args.out), overwrite=args.force)
    print(f"wrote the demo plan to {args.out}")
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from desktop.core.operations import new_document
    from desktop.storage.files import write_new

    doc = new_document(args.municipality, lang=args.lang, country=args.country)
    write_new(doc, Path(args.out), overwrite=args.force)
    print(f"wrote a new plan for {args.municipality} to {args.out}")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from desktop.core.stats import summary

    doc, version = load(args.file)
    data = {"file": str(args.file), "schema_version": version, **summary(doc)}
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return EXIT_OK


def cmd_export_json(args: argparse.Namespace) -> int:
    from desktop.core.serialize import dumps

    doc, _ = load(args.file)
    _write_text(Path(args.out), dumps(doc, personal=args.with_contacts), args.force)
    print(f"wrote {args.out}")
    return EXIT_OK


def cmd_import_json(args: argparse.Namespace) -> int:
    from desktop.core.input_files import read_limited
    from desktop.core.integrity import check_document
    from desktop.core.serialize import MAX_JSON_BYTES, loads
    from desktop.storage.files import write_new

    source = Path(args.json)
    doc = loads(read_limited(source, MAX_JSON_BYTES, what="the JSON file"))
    problems = check_document(doc)
    if problems:
        raise CommandError(f"{source.name} is not a consistent document: {problems[0]}")
    write_new(doc, Path(args.out), overwrite=args.force)
    print(f"wrote {args.out}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.core.integrity import check_document
    from desktop.storage.database import inspect

    inspect(Path(args.file), full_check=True)
    doc, version = load(args.file, check=False)
    problems = check_document(doc)
    if problems:
        print(f"{args.file}: {len(problems)} problem(s)")
        for p in problems:
            print(f"  - {p}")
        return EXIT_FAILED
    print(f"{args.file}: OK (format {version}, {len(doc)} items)")
    return EXIT_OK


def _read_bytes(path: Path, limit: int = 100 * 2**20) -> bytes:
    """An input file: a regular file within `limit` (each format checks its own, tighter limit too)."""
    from desktop.core.input_files import read_limited

    return read_limited(path, limit)


def cmd_xliff_export(args: argparse.Namespace) -> int:
    from desktop.storage.files import replace_atomically, temp_beside
    from desktop.translation.xliff import export_xliff

    doc, _ = load(args.file)
    data = export_xliff(
        doc,
        args.target,
        only_open=args.only_open,
        source_lang=args.source,
        serbian_script=args.serbian_script,
        copy_source=args.copy_source,
    )
    out = Path(args.out)
    if out.exists() and not args.force:
        raise CommandError(f"{out} already exists (use --force to replace it)")
    tmp = temp_beside(out)
    try:
        tmp.write_bytes(data)
        replace_atomically(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CommandError(f"cannot write {out}: {exc.strerror}") from None
    print(f"wrote {out}")
    return EXIT_OK


def cmd_xliff_import(args: argparse.Namespace) -> int:
    from desktop.storage.session import DocumentSession
    from desktop.translation.xliff import apply_import, conflict_suggestions, import_xliff

    data = _read_bytes(Path(args.xliff))
    if args.dry_run:
        doc, _ = load(args.file)
        plan = import_xliff(doc, data, expected_lang=args.expected_lang)
    else:
        session = DocumentSession.open(args.file)
        try:
            plan = import_xliff(session.doc, data, expected_lang=args.expected_lang)
            changes = plan.counts["apply"] or plan.counts["conflict"]
            if changes and session.apply(apply_import, plan).upserted:
                session.save()
        finally:
            session.close()
        _remember_suggestions(conflict_suggestions(plan), session.doc.id)
    counts = plan.counts
    verb = "would apply" if args.dry_run else "applied"
    drafts = sum(u.state == "draft" for u in plan.of("apply"))
    line = (
        f"{verb} {counts['apply']} ({drafts} as drafts), unchanged {counts['unchanged']}, "
        f"conflicts {counts['conflict']}, untranslated {counts['untranslated']}, "
        f"wrong script {counts['wrong_script']}, unknown {counts['unknown']}"
    )
    extra = [f"{name} {counts[name]}" for name in ("empty", "rejected") if counts[name]]
    print(", ".join([line, *extra]) + f" ({plan.target_lang})")
    for unit in plan.of("conflict"):
        # Conflicts never overwrite a translation: the source changed, or a translated text would be replaced.
        print(f"  conflict {unit.unit_id}: {unit.message}; imported text kept as a suggestion: {unit.text[:80]!r}")
    for unit in plan.of("wrong_script"):
        print(f"  wrong script {unit.unit_id}: not applied: {unit.text[:80]!r}")
    return EXIT_OK


def _memory(path: str | None):
    from desktop.translation.memory import TranslationMemory, TranslationMemoryError

    try:
        return TranslationMemory(Path(path) if path else None)
    except TranslationMemoryError as exc:
        raise CommandError(str(exc)) from None


def cmd_tmx_export(args: argparse.Namespace) -> int:
    from desktop.translation.memory import TranslationMemoryError

    out = Path(args.out)
    if out.exists() and not args.force:
        raise CommandError(f"{out} already exists (use --force to replace it)")
    with _memory(args.memory) as memory:
        try:
            count = memory.counts().get((args.source, args.target), 0)
            memory.save_tmx(out, args.source, args.target, serbian_script=args.serbian_script)
        except TranslationMemoryError as exc:
            raise CommandError(str(exc)) from None
    print(f"wrote {out} ({count} units, {args.source} -> {args.target})")
    return EXIT_OK


def cmd_tmx_import(args: argparse.Namespace) -> int:
    from desktop.translation.memory import TranslationMemoryError

    with _memory(args.memory) as memory:
        try:  # streamed, in one transaction: a file of a million units takes no more memory than a small one
            added = memory.import_tmx_file(Path(args.tmx))
        except TranslationMemoryError as exc:
            raise CommandError(f"{Path(args.tmx).name}: {exc}") from None
    print(f"added {added} new translation units from {Path(args.tmx).name}")
    return EXIT_OK


def _remember_suggestions(pairs: list[tuple[str, str, str, str]], document_id: str) -> None:
    """Conflicting translations go to the translation memory, offered when the changed text is translated."""
    if not pairs:
        return
    from desktop.translation.memory import TranslationMemory, TranslationMemoryError

    try:
        with TranslationMemory() as memory:
            memory.add_pairs(pairs, document_id)
    except TranslationMemoryError as exc:
        print(f"  note: the translation memory could not keep the conflicting texts ({exc})", file=sys.stderr)


def cmd_convert_script(args: argparse.Namespace) -> int:
    from desktop.storage.session import DocumentSession
    from desktop.translation.script_conversion import convert_serbian

    session = DocumentSession.open(args.file)
    try:
        change = session.apply(convert_serbian, args.to)
        if change.upserted:
            session.save()
    finally:
        session.close()
    script = "Cyrillic" if args.to == "cyrl" else "Latin"
    print(f"{len(change.upserted)} item(s) now have their Serbian in {script}, marked draft until confirmed")
    return EXIT_OK


def cmd_translit(args: argparse.Namespace) -> int:
    from desktop.translation.transliterate import to_cyrillic, to_latin

    convert = to_cyrillic if args.to == "cyrl" else to_latin
    if args.text:
        print(convert(" ".join(args.text)))
    else:
        sys.stdout.write(convert(sys.stdin.read()))
    return EXIT_OK


def cmd_translation_status(args: argparse.Namespace) -> int:
    from desktop.core.stats import translation_progress

    doc, _ = load(args.file)
    progress = translation_progress(doc)
    print(json.dumps({"file": str(args.file), "progress": progress}, ensure_ascii=False, indent=2))
    return EXIT_OK


def cmd_review_start(args: argparse.Namespace) -> int:
    from desktop.core.reviews import start_review
    from desktop.storage.session import DocumentSession

    session = DocumentSession.open(args.file)
    try:
        plan = session.doc.action_plan
        if args.plan is None and plan is None:
            raise CommandError(f"{args.file} has no action plan to review")
        plan_id = args.plan or plan.id
        session.apply(start_review, plan_id, args.year)
        session.save()
        review = next(r for r in session.doc.reviews if r.plan_id == plan_id and r.year == args.year)
    finally:
        session.close()
    print(f"started the review of {args.year} in {args.file}: {len(review.entries)} activities to report on")
    return EXIT_OK


def cmd_review_summary(args: argparse.Namespace) -> int:
    from desktop.core.review_summary import summarise, to_json

    doc, _ = load(args.file)
    reviews = [r for r in doc.reviews if r.year == args.year]
    if not reviews:
        raise CommandError(f"{args.file} has no review of {args.year}")
    # Two versions of a plan reviewed in the same year: the newer version's review.
    versions = {p.id: p.number for p in doc.action_plans}
    review = max(reviews, key=lambda r: versions.get(r.plan_id, 0))
    data = {"file": str(args.file), **to_json(summarise(doc, review, args.weighting))}
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return EXIT_OK


def cmd_review_export_xlsx(args: argparse.Namespace) -> int:
    from desktop.exchange.review_sheet import SheetError, export_review_sheet, find_review

    doc, _ = load(args.file)
    out = Path(args.out)
    if out.exists() and not args.force:
        raise CommandError(f"{out} already exists (use --force to replace it)")
    lang = args.lang or doc.municipality.name.source or "sq"
    try:
        review = find_review(doc, args.year)
        export_review_sheet(doc, review, lang, out)
    except SheetError as exc:
        raise CommandError(str(exc)) from None
    rows = sum(1 for e in review.entries if e.activity_id)
    print(f"wrote {out}: the review of {args.year}, {rows} activities ({lang})")
    return EXIT_OK


def cmd_review_import_xlsx(args: argparse.Namespace) -> int:
    from desktop.exchange.review_sheet import (
        MAX_FILE_BYTES,
        SheetError,
        apply_sheet_import,
        iter_descriptions,
        read_review_sheets,
    )
    from desktop.storage.session import DocumentSession

    paths = [Path(p) for p in args.sheets]
    for path in paths:
        if path.is_file() and path.stat().st_size > MAX_FILE_BYTES:
            raise CommandError(f"{path.name}: the file is larger than {MAX_FILE_BYTES // 2**20} MB")
    files, names = [_read_bytes(p) for p in paths], [p.name for p in paths]
    try:
        if args.dry_run:
            doc, _ = load(args.file)
            found = read_review_sheets(doc, None, files, names)
        else:
            session = DocumentSession.open(args.file)
            try:
                found = read_review_sheets(session.doc, None, files, names)
                # A sheet with errors is corrected and imported again; nothing of it is applied before.
                if found.changes and not found.errors and session.apply(apply_sheet_import, found):
                    session.save()
            finally:
                session.close()
    except SheetError as exc:
        raise CommandError(str(exc)) from None
    counts = found.counts
    verb = "would apply" if args.dry_run or counts["errors"] else "applied"
    print(
        f"{verb} {counts['changes']} change(s), conflicts {counts['conflicts']}, errors {counts['errors']} "
        f"(review {found.year})"
    )
    for line in iter_descriptions(found):
        # Conflicts are never applied: the plan (or an earlier file) changed the cell too.
        print(f"  {line}")
    if counts["errors"]:
        done = "" if args.dry_run else "nothing applied: "
        return fail(f"{done}{counts['errors']} error(s) in the sheets; correct them and import again")
    return EXIT_OK


def cmd_decision(args: argparse.Namespace) -> int:
    from desktop.core.decision import create_decision, set_decision
    from desktop.storage.session import DocumentSession

    recording = args.number is not None or args.date is not None or args.approved
    if not args.template and not recording:
        raise CommandError("give --template XK|AL to create the decision, or --number/--date/--approved")
    session = DocumentSession.open(args.file)
    try:
        created = False
        if session.doc.decision is None:
            if not args.template:
                raise CommandError(f"{args.file} has no decision yet: create it with --template XK|AL")
            session.apply(create_decision, args.template)
            created = True
        if recording:
            values = {k: v for k, v in (("number", args.number), ("date", args.date)) if v is not None}
            if args.approved:
                values["approved"] = "yes"
            session.apply(set_decision, **values)
        session.save()
        decision = session.doc.decision
    finally:
        session.close()
    if decision.approved == "yes":
        print(f"recorded decision no. {decision.number} of {decision.date} in {args.file}: the plan is approved")
    elif created:
        print(f"created the draft decision ({decision.template}) in {args.file}")
    else:
        print(f"updated the decision in {args.file}")
    return EXIT_OK


def cmd_import_doc(args: argparse.Namespace) -> int:
    from desktop.core.import_plan import import_plan
    from desktop.exchange.docimport import DocumentImportError, apply_new, read_preview

    if bool(args.out) == bool(args.into):
        raise CommandError("give -o OUT for a new plan, or --into FILE to import into an existing plan")
    try:
        preview = read_preview(args.document, lang=args.lang)
    except DocumentImportError as exc:
        raise CommandError(str(exc)) from None
    counts = preview.role_counts()
    print(
        f"{args.document}: {preview.lang} ({preview.script}); {counts['chapter']} chapters, {counts['objective']} "
        f"objectives, {counts['activity']} activities" + (", a decision" if counts["decision"] else "")
    )
    for warning in preview.warnings:
        print(f"  {warning}")
    if args.as_translation:
        return _import_translation(args, preview)
    if args.dry_run:
        return EXIT_OK
    if args.out:
        from desktop.storage.files import write_new

        write_new(apply_new(preview, args.municipality), Path(args.out), overwrite=args.force)
        print(f"wrote the imported plan to {args.out}")
        return EXIT_OK
    from desktop.storage.session import DocumentSession

    session = DocumentSession.open(args.into)
    try:
        session.apply(import_plan, preview.build())
        session.save()
    finally:
        session.close()
    print(f"imported into {args.into}")
    return EXIT_OK


def _import_translation(args: argparse.Namespace, preview) -> int:
    """The document as another language version of the plan in --into: its items paired and printed, then
    stored as translations (a text the plan already has in that language only with --replace)."""
    from desktop.core.import_plan import import_translation
    from desktop.exchange.docimport.pairing import pair
    from desktop.storage.session import DocumentSession

    if not args.into:
        raise CommandError("--as-translation needs --into FILE: the plan this document is another version of")
    session = DocumentSession.open(args.into)
    try:
        pairing = pair(session.doc, preview.build())
        for p in pairing.pairs:
            print(f"  {p.confidence:4.0%}  {p.kind}: {p.plan_label[:60]}  =  {p.imported_label[:60]}")
        for u in pairing.only_in_plan:
            print(f"  only in the plan: {u.kind} {u.label[:80]}")
        for u in pairing.only_in_document:
            print(f"  only in the document: {u.kind} {u.label[:80]}")
        replacements = pairing.replacements()
        for t in replacements:
            print(f"  replaces: {t.replaces[:60]}  ->  {t.text[:60]}")
        pairing.tick_all(args.replace)
        if args.dry_run:
            return EXIT_OK
        session.apply(import_translation, pairing.lang, pairing.entries())
        session.save()
    finally:
        session.close()
    kept = "" if args.replace or not replacements else f", {len(replacements)} existing texts kept (--replace)"
    print(f"stored {len(pairing.texts())} {preview.lang} texts in {args.into}{kept}")
    return EXIT_OK


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from desktop.export.pdf import ExportError, IncompleteError, describe_missing, export_pdf

    doc, _ = load(args.file)
    frozen = {}
    if args.version is not None:
        from desktop.core.versions import find_version, thaw

        version = find_version(doc, args.version)
        doc = thaw(version)
        # The approved content, exported the same way every time: the same bytes as on the day.
        frozen = {"deterministic": True, "approval": (version.decision_number, version.decision_date)}
    out = Path(args.out)
    try:
        result = write_file(
            out,
            args.force,
            lambda stream: export_pdf(
                doc,
                stream,
                document=args.document,
                layout=args.layout,
                languages=languages_arg(args.languages),
                serbian_script=args.serbian_script,
                allow_incomplete=args.allow_incomplete,
                **frozen,
            ),
        )
    except IncompleteError as exc:
        print(f"error: {exc}; export anyway with --allow-incomplete", file=sys.stderr)
        for item in exc.missing[:5]:
            print(f"  - {describe_missing(doc, item)}", file=sys.stderr)
        if len(exc.missing) > 5:
            print(f"  ... and {len(exc.missing) - 5} more", file=sys.stderr)
        return EXIT_FAILED
    except ExportError as exc:
        raise CommandError(str(exc)) from None
    from desktop.core.readiness import describe_tally

    # Say what the PDF is: an approved version, or a draft (of the next version) however the decision reads.
    if result.approval is not None:
        what = f", approved (decision no. {result.approval[0]} of {result.approval[1]})"
    elif result.draft_of is not None:
        what = f", draft of version {result.draft_of}"
    else:
        what = ""
    marked = f"; marked: {describe_tally(result.missing)}" if result.missing else ""
    print(f"wrote {out}: {result.pages} pages{what}{marked}")
    return EXIT_OK


def cmd_export_docx(args: argparse.Namespace) -> int:
    from desktop.export.docx import DocxExportError, export_docx

    doc, _ = load(args.file)
    approval = None
    if args.version is not None:
        from desktop.core.versions import find_version, thaw

        version = find_version(doc, args.version)
        doc = thaw(version)
        approval = (version.decision_number, version.decision_date)
    out = Path(args.out)
    try:
        result = write_file(
            out,
            args.force,
            lambda stream: export_docx(
                doc,
                stream,
                document=args.document,
                languages=languages_arg(args.languages),
                layout=args.layout,
                serbian_script=args.serbian_script,
                year=args.year,
                approval=approval,
            ),
        )
    except DocxExportError as exc:
        raise CommandError(str(exc)) from None
    if result.approval is not None:
        what = f", approved (decision no. {result.approval[0]} of {result.approval[1]})"
    else:
        what = f", draft of version {result.draft_of}"
    marked = f"; {result.marked} texts marked missing or outdated" if result.marked else ""
    print(f"wrote {out}{what}{marked}")
    return EXIT_OK


def _write_text(path: Path, text: str, force: bool) -> None:
    from desktop.storage.files import replace_atomically, temp_beside

    if path.exists() and not force:
        raise CommandError(f"{path} already exists (use --force to replace it)")
    tmp = temp_beside(path)
    try:
        tmp.write_text(text, encoding="utf-8")
        replace_atomically(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CommandError(f"cannot write {path}: {exc.strerror}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m desktop",
        description="Plan: municipal social-service strategies and action plans in Albanian, Serbian and "
        "English. Without a command, opens the window (on FILE, or on the demo plan).",
    )
    parser.add_argument("--version", action="version", version=f"Plan {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func: Callable, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.set_defaults(func=func)
        return p

    p = add("open", None, "open FILE (or the demo plan) in the window (the default)")
    p.add_argument("file", nargs="?", help="a .plan document")
    p.add_argument("--read-only", action="store_true", help="open without allowing changes")
    p = add("demo", cmd_demo, "write the demo plan to OUT")
    p.add_argument("out")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p = add("new", cmd_new, "write an empty plan for a municipality to OUT")
    p.add_argument("out")
    p.add_argument("--municipality", required=True, help="the municipality's name")
    p.add_argument("--lang", default="sq", choices=("sq", "sr", "en"), help="language of the name (default sq)")
    p.add_argument("--country", default="XK", choices=("XK", "AL", "RS"), help="Kosovo, Albania or Serbia")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p = add("info", cmd_info, "print a JSON summary of FILE")
    p.add_argument("file")
    p = add("export-json", cmd_export_json, "write FILE as versioned JSON to OUT")
    p.add_argument("file")
    p.add_argument("out")
    p.add_argument("--with-contacts", action="store_true", help="include members' contact details (personal data)")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p = add("import-json", cmd_import_json, "create the document OUT from a JSON export")
    p.add_argument("json")
    p.add_argument("out")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p = add("check", cmd_check, "verify FILE's integrity (exit 1 when damaged)")
    p.add_argument("file")
    p = add("xliff-export", cmd_xliff_export, "write FILE's texts as XLIFF 1.2 for translation in a CAT tool")
    p.add_argument("file")
    p.add_argument("--target", required=True, choices=("sq", "sr", "en"), help="the language to translate into")
    p.add_argument("--source", choices=("sq", "sr", "en"), help="translate from this language where it has text")
    p.add_argument("--only-open", action="store_true", help="only texts that are missing, drafts or outdated")
    p.add_argument("--serbian-script", choices=("latn", "cyrl"), help="write Serbian in this script")
    p.add_argument(
        "--copy-source", action="store_true", help='copy the source into empty targets (state="needs-translation")'
    )
    p.add_argument("-o", "--out", required=True, help="the .xlf file to write")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p = add("xliff-import", cmd_xliff_import, "apply the translations of an XLIFF file to FILE and save it")
    p.add_argument("file")
    p.add_argument("xliff")
    p.add_argument("--dry-run", action="store_true", help="only report what would change")
    p.add_argument("--expected-lang", choices=("sq", "sr", "en"), help="refuse a file for another language")
    p = add("tmx-export", cmd_tmx_export, "write one language pair of the translation memory as a TMX file")
    p.add_argument("--from", dest="source", required=True, choices=("sq", "sr", "en"), help="the source language")
    p.add_argument("--to", dest="target", required=True, choices=("sq", "sr", "en"), help="the target language")
    p.add_argument("--serbian-script", choices=("latn", "cyrl"), default="latn", help="write Serbian in this script")
    p.add_argument("--memory", help="the memory file (default: the one in the data folder)")
    p.add_argument("-o", "--out", required=True, help="the .tmx file to write")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p = add("tmx-import", cmd_tmx_import, "add the units of a TMX file (from a CAT tool) to the translation memory")
    p.add_argument("tmx")
    p.add_argument("--memory", help="the memory file (default: the one in the data folder)")
    p = add("translit", cmd_translit, "convert Serbian TEXT (or standard input) between Latin and Cyrillic")
    p.add_argument("--to", required=True, choices=("cyrl", "latn"))
    p.add_argument("text", nargs="*")
    p = add("convert-script", cmd_convert_script, "store FILE's Serbian texts in one script (marked draft)")
    p.add_argument("file")
    p.add_argument("--to", required=True, choices=("cyrl", "latn"))
    p = add("translation-status", cmd_translation_status, "print FILE's translation states per language as JSON")
    p.add_argument("file")
    p = add("review-start", cmd_review_start, "start the yearly implementation review of a plan year and save FILE")
    p.add_argument("file")
    p.add_argument("--year", required=True, type=int, help="the year to review")
    p.add_argument("--plan", help="the action plan's id (default: the plan in force)")
    p = add("review-summary", cmd_review_summary, "print a JSON summary of FILE's review of a year")
    p.add_argument("file")
    p.add_argument("--year", required=True, type=int, help="the reviewed year")
    p.add_argument(
        "--weighting", default="count", choices=("count", "budget"), help="average progress by count or budget"
    )
    p = add("review-export-xlsx", cmd_review_export_xlsx, "write FILE's review of a year as a sheet to fill in")
    p.add_argument("file")
    p.add_argument("--year", required=True, type=int, help="the reviewed year")
    p.add_argument("-o", "--out", required=True, help="the .xlsx file to write")
    p.add_argument("--lang", choices=("sq", "sr", "en"), help="the sheet's language (default: the plan's own)")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p = add("export-pdf", cmd_export_pdf, "write FILE as PDF: the strategy, action plan, a review or the donor version")
    p.add_argument("file")
    p.add_argument("-o", "--out", required=True, help="the .pdf file to write")
    p.add_argument(
        "--document",
        default="strategy",
        help="strategy, action-plan, review:YEAR, decision or donor (English only; default strategy)",
    )
    p.add_argument("--layout", default="side-by-side", choices=("side-by-side", "sequential", "single"))
    p.add_argument("--languages", default="sq,sr", help="comma-separated, in order (default sq,sr)")
    p.add_argument("--serbian-script", default="latn", choices=("latn", "cyrl"), help="print Serbian in this script")
    p.add_argument(
        "--allow-incomplete",
        action="store_true",
        help="export although texts are missing or outdated (marked in the PDF)",
    )
    p.add_argument(
        "--version",
        type=int,
        help="export this approved version exactly as it was approved (default: the plan as it is now, a draft "
        "unless it is exactly an approved version)",
    )
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p = add("import-doc", cmd_import_doc, "read a Word, LibreOffice or Excel plan (.docx .odt .xlsx .ods) into a plan")
    p.add_argument("document")
    p.add_argument("-o", "--out", help="write a new plan to OUT")
    p.add_argument("--into", help="import into this existing plan and save it")
    p.add_argument("--lang", choices=("sq", "sr", "en"), help="the document's language (default: detected)")
    p.add_argument("--municipality", help="the new plan's municipality (default: as the document names it)")
    p.add_argument("--dry-run", action="store_true", help="only report what was recognised")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.add_argument("--as-translation", action="store_true",
                   help="the document is another language version of the plan in --into: pair its items with the "
                   "plan's and store its texts as translations")  # fmt: skip
    p.add_argument("--replace", action="store_true",
                   help="with --as-translation: replace the texts the plan already has in that language")  # fmt: skip
    p = add("decision", cmd_decision, "create FILE's draft assembly decision, or record its approval, and save FILE")
    p.add_argument("file")
    p.add_argument("--template", choices=("XK", "AL"), help="create the decision: Kosovo assembly or Albanian council")
    p.add_argument("--number", help="the decision's number")
    p.add_argument("--date", help="the decision's date, YYYY-MM-DD")
    p.add_argument("--approved", action="store_true", help="the assembly approved the plan (needs number and date)")
    p = add("review-import-xlsx", cmd_review_import_xlsx, "apply the filled-in review sheets to FILE and save it")
    p.add_argument("file")
    p.add_argument("sheets", nargs="+", metavar="SHEET", help="filled-in .xlsx files, read in this order")
    p.add_argument("--dry-run", action="store_true", help="only report what would change")
    p = add("export-docx", cmd_export_docx, "write FILE as Word: the strategy, action plan, decision or a review")
    p.add_argument("file")
    p.add_argument("-o", "--out", required=True, help="the .docx file to write")
    p.add_argument("--document", default="strategy", choices=("strategy", "action-plan", "decision", "review"))
    p.add_argument("--year", type=int, help="the reviewed year (with --document review)")
    p.add_argument("--layout", default="single", choices=("single", "sequential", "side-by-side"))
    p.add_argument("--languages", default="sq", help="comma-separated, in order (default sq)")
    p.add_argument("--serbian-script", default="latn", choices=("latn", "cyrl"), help="write Serbian in this script")
    p.add_argument("--version", type=int, help="export approved version N as it was approved (default: the plan now)")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    from desktop import cli_group  # imported here: it builds on this module

    cli_group.register(add)
    return parser


COMMANDS = {
    "open",
    "demo",
    "new",
    "info",
    "export-json",
    "import-json",
    "check",
    "xliff-export",
    "xliff-import",
    "tmx-export",
    "tmx-import",
    "translit",
    "convert-script",
    "translation-status",
    "review-start",
    "review-summary",
    "review-export-xlsx",
    "review-import-xlsx",
    "export-pdf",
    "import-doc",
    "decision",
    "members",
    "status",
    "approve",
    "versions",
    "compare",
    "history",
    "export-docx",
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--self-test"]:  # checks a built copy (see packaging/); needs Qt, so it lives in gui
        from desktop.gui.selftest import main as self_test

        return self_test()
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")) or argv[0] == "--read-only":
        argv.insert(0, "open")
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) and EXIT_USAGE
    if args.command == "open":
        from desktop.gui.app import run

        return run(args.file, read_only=args.read_only)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return fail("interrupted")
    except Exception as exc:
        from desktop.core.input_files import InputFileError
        from desktop.core.operations import OperationError
        from desktop.core.serialize import FormatError
        from desktop.storage.errors import StorageError
        from desktop.translation.xliff import XliffError

        if isinstance(exc, CommandError | StorageError | FormatError | OperationError | XliffError | InputFileError):
            return fail(str(exc))
        return fail(f"unexpected problem: {exc.__class__.__name__}: {exc}")
