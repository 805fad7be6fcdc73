#!/usr/bin/env python3
"""Unit tests for conformance_compare.py and conformance_sites.py (stdlib unittest).

Run: python3 -m unittest discover -s scripts -p 'test_conformance*.py'   (or: python3 scripts/test_conformance_compare.py)
"""
import contextlib
import io
import json
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import conformance_compare as cc  # noqa: E402
import conformance_sites as cs  # noqa: E402


def hugo_page(path, **over):
    page = {"path": path, "title": "A Study of Invented Things", "date": "2020-08-10T00:00:00Z",
            "publishDate": "2020-08-10T00:00:00Z", "lastmod": "2020-08-10T00:00:00Z",
            "expiryDate": "0001-01-01T00:00:00Z", "draft": False,
            "params": {"authors": ["Ann Example"], "featured": True, "weight": 1, "draft": False}}
    page.update(over)
    return page


def migrate_entry(path, lang=None, **over):
    h = hugo_page(path, **over)
    del h["path"]
    return {"source": {"sitePath": "content/" + path, "contentPath": path, "language": lang}, "hugo": h}


class SameTests(unittest.TestCase):
    def test_numbers_compare_by_value(self):
        self.assertTrue(cc.same(1, 1.0))
        self.assertTrue(cc.same(12345678901234567000, 1.2345678901234567e19))
        self.assertFalse(cc.same(1, 2))

    def test_booleans_are_not_numbers(self):
        self.assertFalse(cc.same(True, 1))
        self.assertFalse(cc.same(0, False))

    def test_nested_structures_and_types(self):
        self.assertTrue(cc.same({"a": [1, {"b": None}]}, {"a": [1.0, {"b": None}]}))
        self.assertFalse(cc.same({"a": [1]}, {"a": [1, 2]}))
        self.assertFalse(cc.same("1", 1))
        self.assertFalse(cc.same({"a": 1}, {"a": 1, "b": 2}))


class DifferencesTests(unittest.TestCase):
    def test_equal_pages_have_no_differences(self):
        p = hugo_page("publication/x/index.md")
        self.assertEqual([], cc.differences(p, migrate_entry("publication/x/index.md")["hugo"]))

    def test_each_field_and_params_key_is_reported_separately(self):
        h = hugo_page("p.md")
        m = migrate_entry("p.md", date="2020-08-10T00:00:00+02:00",
                          params={"authors": ["Bob"], "featured": True, "extra": 1, "draft": False})["hugo"]
        fields = [d[0] for d in cc.differences(h, m)]
        self.assertEqual(["date", "params.authors", "params.extra", "params.weight"], fields)
        missing = [d for d in cc.differences(h, m) if d[0] == "params.weight"][0]
        self.assertEqual("<missing>", missing[2])


class CompareSiteTests(unittest.TestCase):
    def test_counts_agreeing_disagreeing_and_one_sided_pages(self):
        hugo = {"a.md": hugo_page("a.md"), "b.md": hugo_page("b.md"), "c.md": hugo_page("c.md")}
        mig = {"a.md": migrate_entry("a.md")["hugo"], "b.md": migrate_entry("b.md", draft=True)["hugo"],
               "d.md": migrate_entry("d.md")["hugo"]}
        res, lines = cc.compare_site("site", hugo, mig, [])
        self.assertEqual((4, 1, 3, 1, 1), (res["pages"], res["agree"], res["disagree"], res["onlyHugo"], res["onlyMigrate"]))
        text = "\n".join(lines)
        self.assertIn("draft: hugo false vs migrate true", text)
        self.assertIn("only in hugo", text)

    def test_listed_differences_are_shown_but_do_not_fail(self):
        known = [("si*", "publication/*", "params.weight", "deliberate"), ("site", "all.md", "(presence)", "not a publication")]
        hugo = {"publication/a.md": hugo_page("publication/a.md"), "all.md": hugo_page("all.md")}
        mig = {"publication/a.md": migrate_entry("publication/a.md", params={"authors": ["Ann Example"], "featured": True, "draft": False})["hugo"]}
        res, lines = cc.compare_site("site", hugo, mig, known)
        self.assertEqual((2, 0, 2), (res["agree"], res["disagree"], res["known"]))
        self.assertIn("(known: deliberate)", "\n".join(lines))

    def test_a_listed_field_does_not_hide_other_fields(self):
        known = [("site", "*", "params.weight", "deliberate")]
        hugo = {"a.md": hugo_page("a.md")}
        mig = {"a.md": migrate_entry("a.md", title="Other", params={"authors": ["Ann Example"], "featured": True, "draft": False})["hugo"]}
        res, _ = cc.compare_site("site", hugo, mig, known)
        self.assertEqual(1, res["disagree"])


class CommandTests(unittest.TestCase):
    def run_site(self, hugo_by_lang, migrate_entries, multilingual=False, known_text=None):
        with tempfile.TemporaryDirectory() as t:
            args = ["--site", "site", "--migrate", os.path.join(t, "publications.json"), "--result", os.path.join(t, "r.json")]
            for i, (lang, pages) in enumerate(hugo_by_lang):
                p = os.path.join(t, "h%d.json" % i)
                json.dump(pages, open(p, "w"))
                args += ["--oracle", "%s=%s" % (lang, p)]
            if migrate_entries is not None:
                json.dump({"publications": migrate_entries}, open(os.path.join(t, "publications.json"), "w"))
            if multilingual:
                args.append("--multilingual")
            if known_text is not None:
                open(os.path.join(t, "k.tsv"), "w").write(known_text)
                args += ["--known", os.path.join(t, "k.tsv")]
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                rc = cc.main(["site"] + args)
            return rc, json.load(open(os.path.join(t, "r.json"))), out.getvalue()

    def test_multilingual_pages_match_by_language_and_path(self):
        hugo = [("en", [hugo_page("publication/x/index.md")]), ("zh", [hugo_page("publication/x/index.md", title="Zh")])]
        mig = [migrate_entry("publication/x/index.md", "en"), migrate_entry("publication/x/index.md", "zh", title="Zh")]
        rc, res, _ = self.run_site(hugo, mig, multilingual=True)
        self.assertEqual((0, 2, 0), (rc, res["agree"], res["disagree"]))

    def test_monolingual_sites_ignore_the_language(self):
        rc, res, _ = self.run_site([("", [hugo_page("publication/x.md")])], [migrate_entry("publication/x.md", "en")])
        self.assertEqual((0, 1), (rc, res["agree"]))

    def test_a_missing_migrate_output_fails_the_site(self):
        rc, res, out = self.run_site([("", [hugo_page("publication/x.md")])], None)
        self.assertEqual(1, rc)
        self.assertTrue(res["failed"])
        self.assertIn("missing", out)

    def test_known_file_needs_a_reason(self):
        with self.assertRaises(SystemExit):
            self.run_site([("", [])], [], known_text="site\tx.md\ttitle\n")

    def test_summarize_prints_the_final_line_and_fails_on_disagreement(self):
        with tempfile.TemporaryDirectory() as t:
            a, b = os.path.join(t, "a.json"), os.path.join(t, "b.json")
            json.dump({"site": "a", "pages": 3, "agree": 3, "disagree": 0, "known": 1, "onlyHugo": 0, "onlyMigrate": 0, "failed": False}, open(a, "w"))
            json.dump({"site": "b", "pages": 2, "agree": 1, "disagree": 1, "known": 0, "onlyHugo": 1, "onlyMigrate": 0, "failed": False}, open(b, "w"))
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                rc = cc.main(["summarize", a, b])
            self.assertEqual(1, rc)
            self.assertEqual("4 pages agree, 1 disagree", out.getvalue().strip().splitlines()[-1])
            with contextlib.redirect_stdout(io.StringIO()):
                self.assertEqual(0, cc.main(["summarize", a]))


class SitesTests(unittest.TestCase):
    def test_yaml_reader_reads_module_mounts(self):
        cfg = cs.yaml_load(
            "module:\n  mounts:\n    - source: content\n      target: content\n      lang: en\n"
            "      excludeFiles:\n        - '{es,ja}/**'  # other languages\n"
            "    - source: content/es\n      target: content\n      lang: es\n")
        mounts = cfg["module"]["mounts"]
        self.assertEqual(["en", "es"], [m["lang"] for m in mounts])
        self.assertEqual(["{es,ja}/**"], mounts[0]["excludeFiles"])

    def test_mount_globs_with_braces_exclude_language_folders(self):
        self.assertTrue(cs.excluded("es/publication/x/index.md", ["{es,ja,cv}/**"]))
        self.assertTrue(cs.excluded("post/a/.venv/lib/x.html", ["**/.venv/**"]))
        self.assertFalse(cs.excluded("publication/x/index.md", ["{es,ja,cv}/**"]))

    def make_site(self, t, files):
        for rel, text in files.items():
            p = os.path.join(t, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            open(p, "w").write(text)

    def test_content_dir_per_language_and_unconfigured_language_folders_are_skipped(self):
        with tempfile.TemporaryDirectory() as t:
            self.make_site(t, {
                "config/_default/languages.yaml": "en:\n  contentDir: content/en\n# zh:\n#  contentDir: content/zh\n",
                "config/_default/hugo.yaml": "title: x\n",
                "content/en/publication/a/index.md": "---\n---\n",
                "content/zh/publication/a/index.md": "---\n---\n",
            })
            runs = cs.runs_for(t)
            self.assertEqual([("en", os.path.join(t, "content/en"), [], "", 0)], runs)

    def test_monolingual_site_with_time_zone(self):
        with tempfile.TemporaryDirectory() as t:
            self.make_site(t, {"config.toml": 'timeZone = "Europe/Berlin"\n', "content/publication/a.md": "+++\n+++\n"})
            self.assertEqual([("", os.path.join(t, "content"), [], "Europe/Berlin", 0)], cs.runs_for(t))

    def test_site_roots_include_example_and_starter_folders(self):
        with tempfile.TemporaryDirectory() as t:
            self.make_site(t, {"exampleSite/config.toml": "", "exampleSite/content/x.md": "",
                               "starters/academic/config/_default/hugo.yaml": "", "starters/academic/content/x.md": "",
                               "starters/empty/README.md": ""})
            self.assertEqual([os.path.join(t, "exampleSite"), os.path.join(t, "starters", "academic")], cs.site_roots(t))


if __name__ == "__main__":
    unittest.main()
