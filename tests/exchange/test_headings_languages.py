"""Spreadsheets in French, Brazilian Portuguese and Arabic map themselves (issue 14): a
branch keeps its list in its own language, and every person comes in with their name,
email, phone and dates in the right fields. Real CSV files written here, read by the
real importer into a real vault."""

from __future__ import annotations

import pytest

from sync.exchange import importer
from sync.exchange.importer.units import headcount_columns

FILES = {
    "FR": ("Prénom;Nom de famille;Courriel;Téléphone;Date d'adhésion;Statut\n"
           "Amélie;Durand;amelie.durand@example.fr;06 12 34 56 78;15/03/2021;Adhérente\n"
           "Léon;Moreau;leon.moreau@example.fr;01 42 68 53 00;01/09/2019;Actif\n"),
    "BR": ("Nome;Sobrenome;E-mail;Telefone;Data de filiação;Situação\n"
           "João;Silva;joao.silva@example.com.br;(11) 91234-5678;10/02/2020;Filiado\n"
           "Maria;Souza;maria.souza@example.com.br;(21) 2345-6789;05/11/2018;Inadimplente\n"),
    "EG": ("الاسم الأول,اسم العائلة,البريد الإلكتروني,رقم الهاتف,تاريخ الانضمام\n"
           "أحمد,حسن,ahmed.hassan@example.eg,0100 123 4567,2020-01-15\n"
           "فاطمة,علي,fatma.ali@example.eg,0122 765 4321,2019-06-30\n"),
}


@pytest.mark.parametrize("country", sorted(FILES))
def test_a_sheet_in_the_branch_s_language_maps_every_column(branch, tmp_path, country):
    branch.set_country(country, currency=True)
    path = tmp_path / f"members-{country}.csv"
    path.write_text(FILES[country], encoding="utf-8")
    table = importer.read_table(path)
    mapping = importer.guess_mapping(table.headings)
    targets = set(mapping.values())
    assert {"first_name", "last_name", "emails", "phones", "joined_on"} <= targets, mapping
    result = importer.import_file(branch, path)
    assert (result.imported, result.rejected, result.skipped) == (2, [], [])
    people = [branch.get_member(i) for i in branch.member_ids()]
    assert all(m.first_name and m.last_name and m.emails and m.phones and m.joined_on
               for m in people)
    assert all(p.startswith("+") for m in people for p in m.phones)  # read as local numbers


def test_the_brazilian_statuses_are_read_as_statuses(branch, tmp_path):
    branch.set_country("BR", currency=True)
    path = tmp_path / "br.csv"
    path.write_text(FILES["BR"], encoding="utf-8")
    importer.import_file(branch, path)
    statuses = {m.last_name: m.status for m in
                (branch.get_member(i) for i in branch.member_ids())}
    assert statuses == {"Silva": "member", "Souza": "arrears"}


@pytest.mark.parametrize("headings", [
    ["Betrieb", "Bereich", "Personenzahl", "Datum"],
    ["Lieu de travail", "Unité", "Effectif", "Compté le"],
    ["Local de trabalho", "Unidade", "Pessoas", "Data"],
    ["مكان العمل", "الوحدة", "العدد", "التاريخ"],
])
def test_a_headcount_sheet_in_each_language_finds_its_columns(headings):
    assert headcount_columns(headings) == {"workplace": 0, "unit": 1, "headcount": 2,
                                           "counted_on": 3}
