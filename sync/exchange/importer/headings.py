"""Column headings in French, Portuguese and Arabic, beside the English, German and
Spanish ones of :mod:`.mapping` and :mod:`.units`: a branch keeps its spreadsheet in its
own language, and the app now speaks these too.

Written as people write them (accents and all); they are compared after
:func:`.mapping.normalise_heading`, which strips accents and keeps the letters of every
script, so ``Prénom`` and ``prenom`` are one heading and Arabic headings stay Arabic.
"""

from __future__ import annotations

#: member fields, by the headings that hold them
MEMBER_HEADINGS: dict[str, tuple[str, ...]] = {
    "first_name": ("prénom", "prénoms", "primeiro nome", "nome próprio", "الاسم الأول",
                   "الاسم"),
    "last_name": ("nom de famille", "sobrenome", "último nome", "اسم العائلة",
                  "الكنية", "اللقب"),
    "preferred_name": ("nom d'usage", "surnom", "nome de tratamento", "nome social",
                       "apelido preferido", "الاسم المفضل"),
    "full_name": ("nom complet", "nom et prénom", "nome completo", "الاسم الكامل",
                  "الاسم الثلاثي"),
    "membership_no": ("numéro d'adhérent", "n° d'adhérent", "no adhérent", "matricule",
                      "número de filiação", "matrícula", "nº de filiação", "رقم العضوية"),
    "emails": ("courriel", "adresse électronique", "adresse mail", "e-mail", "البريد الإلكتروني",
               "البريد الالكتروني", "الإيميل"),
    "phones": ("téléphone", "portable", "numéro de téléphone", "telefone", "celular",
               "número de telefone", "whatsapp", "الهاتف", "رقم الهاتف", "الجوال", "الموبايل"),
    "address": ("adresse postale", "endereço", "rua", "logradouro", "العنوان"),
    "postcode": ("code postal", "cep", "الرمز البريدي"),
    "workplace": ("lieu de travail", "établissement", "employeur", "entreprise",
                  "local de trabalho", "empregador", "مكان العمل", "جهة العمل"),
    "department": ("service", "département", "setor", "departamento", "القسم", "الإدارة"),
    "unit": ("unité", "équipe", "bâtiment", "étage", "escalier", "unidade", "turno",
             "prédio", "andar", "الوحدة", "المبنى", "الطابق"),
    "job_title": ("poste", "fonction", "métier", "emploi", "função", "ocupação", "profissão",
                  "المسمى الوظيفي", "الوظيفة", "المهنة"),
    "status": ("statut", "situation", "situação", "الحالة", "حالة العضوية"),
    "joined_on": ("date d'adhésion", "adhésion", "adhérent depuis", "data de filiação",
                  "filiado desde", "data de entrada", "تاريخ الانضمام", "تاريخ العضوية"),
    "lapsed_on": ("date de départ", "date de fin", "data de saída", "desfiliação",
                  "تاريخ المغادرة", "تاريخ انتهاء العضوية"),
    "dues_paid_until": ("cotisation payée jusqu'au", "cotisations à jour jusqu'au",
                        "payé jusqu'au", "mensalidade paga até", "pago até",
                        "الاشتراك مدفوع حتى", "مدفوع حتى"),
    "assessment": ("évaluation", "avaliação", "التقييم"),
    "basis": ("base légale", "fondement juridique", "base legal", "الأساس القانوني"),
    "do_not_contact": ("ne pas contacter", "não contatar", "não contactar", "عدم التواصل"),
    "do_not_email": ("pas de courriel", "ne pas envoyer de courriel", "não enviar e-mail",
                     "عدم المراسلة بالبريد"),
    "do_not_phone": ("ne pas appeler", "não ligar", "عدم الاتصال"),
    "do_not_sms": ("pas de sms", "não enviar sms", "عدم إرسال رسائل"),
    "do_not_post": ("pas de courrier", "não enviar correspondência", "عدم المراسلة البريدية"),
    "tags": ("mots-clés", "étiquettes", "groupes", "marcadores", "etiquetas", "grupos",
             "الوسوم", "المجموعات"),
}

#: membership statuses as these languages write them
STATUS_WORDS: dict[str, str] = {
    "adhérent": "member", "adhérente": "member", "actif": "member", "active": "member",
    "filiado": "member", "filiada": "member", "ativo": "member", "ativa": "member",
    "عضو": "member", "فعال": "member", "potentiel": "prospect", "sympathisant": "prospect",
    "potencial": "prospect", "مرشح": "prospect", "en retard": "arrears",
    "inadimplente": "arrears", "em atraso": "arrears", "متأخر": "arrears",
    "démissionnaire": "resigned", "desfiliado": "resigned", "مستقيل": "resigned",
    "décédé": "deceased", "décédée": "deceased", "falecido": "deceased",
    "falecida": "deceased", "متوفى": "deceased", "expiré": "lapsed", "vencido": "lapsed",
    "منتهية": "lapsed",
}

#: a headcount sheet's columns
HEADCOUNT_HEADINGS: dict[str, tuple[str, ...]] = {
    "workplace": ("lieu de travail", "établissement", "local de trabalho", "empresa",
                  "مكان العمل"),
    "unit": ("bereich", "unité", "service", "équipe", "unidade", "setor", "الوحدة", "القسم"),
    "kind": ("genre", "catégorie", "نوع", "النوع"),
    "headcount": ("personenzahl", "effectif", "effectifs", "nombre de personnes",
                  "pessoas", "trabalhadores", "número de pessoas", "العدد", "العدد الكلي",
                  "عدد الأشخاص"),
    "counted_on": ("datum", "gezählt am", "compté le", "data", "contado em", "التاريخ",
                   "تاريخ العد"),
}
