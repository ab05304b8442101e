"""The demo's vocabulary: towns, districts, workplaces by sector, what people talk about.

Changing any of it changes the generated content: bump ``GENERATOR_VERSION``."""

from __future__ import annotations

from typing import Any

LOCALES = (("en_GB", 72), ("pl_PL", 12), ("es_ES", 8), ("de_DE", 8))

NICKNAMES = {
    "Alexander": "Alex", "Alexandra": "Alex", "Catherine": "Kate", "Christopher": "Chris",
    "Daniel": "Dan", "Elizabeth": "Liz", "Jennifer": "Jen", "Katherine": "Kate",
    "Margaret": "Maggie", "Matthew": "Matt", "Michael": "Mike", "Nicholas": "Nick",
    "Rebecca": "Becky", "Robert": "Rob", "Samantha": "Sam", "Thomas": "Tom",
    "William": "Will", "Katarzyna": "Kasia", "Małgorzata": "Gosia", "Aleksandra": "Ola",
    "Aleksander": "Olek", "Wojciech": "Wojtek", "Francisco": "Paco", "José": "Pepe",
    "Dolores": "Lola", "Ignacio": "Nacho", "Johannes": "Hannes", "Wolfgang": "Wolf",
}

TOWNS = (
    ("Sheffield", "S"), ("Leeds", "LS"), ("Bristol", "BS"), ("Nottingham", "NG"),
    ("Cardiff", "CF"), ("Newcastle", "NE"), ("Leicester", "LE"), ("Liverpool", "L"),
    ("Plymouth", "PL"), ("Norwich", "NR"), ("Preston", "PR"), ("Swansea", "SA"),
)
DISTRICTS = (
    "Northfield", "Hillside", "Millbrook", "Ashton", "Kingsway", "Westgate", "Brookside",
    "Highfield", "Parkhead", "Riverside", "Oakwood", "Southmead", "Eastfield", "Castleton",
    "Fairview", "Greenbank", "Moorside", "Stonebridge", "Abbey Park", "Harbourside",
    "Little Heath", "Cross Lanes", "Old Market", "St Anne's", "Thornhill", "Canal Basin",
)
STREET_WORDS = (
    "Ash", "Beech", "Birch", "Cedar", "Elm", "Hazel", "Holly", "Maple", "Oak", "Rowan",
    "Willow", "Station", "Church", "Mill", "Park", "Victoria", "Albert", "Queen's",
    "King's", "Chapel", "School", "Market", "Bridge", "Canal", "Forge", "Tannery",
    "Foundry", "Granby", "Hartley", "Lister", "Morley", "Pease", "Whitworth", "Cobden",
)
STREET_TYPES = (
    "Road", "Road", "Street", "Street", "Lane", "Avenue", "Close", "Crescent", "Grove",
    "Terrace", "Gardens", "Way", "Drive", "Place", "Walk",
)
POSTCODE_UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
SAINTS = ("St Mary's", "St James's", "St Luke's", "St Helen's", "St Margaret's",
          "St Thomas's", "St George's", "All Saints'", "St Bede's", "St Catherine's")
EMAIL_DOMAINS = ("example.org", "example.com", "example.net")

# sector: name templates, employer templates, departments, job titles, gathering spots,
# issues people raise, and whether the work is on shifts.
SECTORS: dict[str, dict[str, Any]] = {
    "transport": {
        "weight": 14,
        "names": ("{district} Bus Depot", "{district} Bus Garage", "{district} Tram Depot",
                  "{town} Rail Maintenance Depot"),
        "employers": ("{town} Buses Ltd", "{surname} Coaches", "{town} Transport Services",
                      "Northern Rail Services"),
        "departments": ("Drivers", "Engineering", "Cleaning", "Control room", "Depot"),
        "jobs": ("Bus driver", "Bus driver", "Driver trainer", "Fitter", "Electrician",
                 "Vehicle cleaner", "Controller", "Shunter"),
        "spots": ("at the depot gate", "in the drivers' mess room", "in the canteen",
                  "at the bus stand"),
        "issues": ("the new duty schedules", "unpaid signing-on time", "toilet breaks on long "
                   "routes", "assaults on drivers", "the depot closure plan"),
        "shifts": True,
    },
    "health": {
        "weight": 16,
        "names": ("{saint} Hospital", "{district} General Hospital",
                  "{district} Community Hospital", "{district} Health Centre"),
        "employers": ("{town} Teaching Hospitals NHS Trust", "{town} Community Health NHS Trust",
                      "{surname} Facilities Management"),
        "departments": ("Wards", "Portering", "Catering", "Cleaning", "Pathology",
                        "Outpatients", "Theatres", "Estates"),
        "jobs": ("Healthcare assistant", "Staff nurse", "Porter", "Domestic", "Cook",
                 "Phlebotomist", "Ward clerk", "Theatre support worker"),
        "spots": ("in the staff room", "at the hospital entrance", "after handover",
                  "by the smoking shelter"),
        "issues": ("safe staffing levels", "parking charges", "agency shifts", "the pay band "
                   "review", "short-notice rota changes"),
        "shifts": True,
    },
    "logistics": {
        "weight": 14,
        "names": ("{district} Distribution Centre", "{district} Fulfilment Centre",
                  "{district} Parcel Hub", "{town} Cold Store"),
        "employers": ("{surname} Logistics", "{surname} & {surname2} Distribution",
                      "{town} Freight Ltd"),
        "departments": ("Goods in", "Picking", "Packing", "Despatch", "Transport office"),
        "jobs": ("Warehouse operative", "Picker", "Packer", "Forklift driver",
                 "Team leader", "HGV driver", "Stock controller"),
        "spots": ("at the warehouse gate", "in the break room", "by the smoking shelter",
                  "in the car park"),
        "issues": ("pick-rate targets", "the heat in the warehouse", "agency workers being "
                   "laid off", "zero-hours contracts", "the new tracking scanners"),
        "shifts": True,
    },
    "education": {
        "weight": 14,
        "names": ("{district} Primary School", "{saint} Catholic High School",
                  "{district} Academy", "{town} College ({district} campus)"),
        "employers": ("{town} City Council", "{district} Learning Trust",
                      "{town} Diocesan Schools Trust"),
        "departments": ("Teaching", "Support staff", "Admin office", "Kitchen",
                        "Site team", "SEN unit"),
        "jobs": ("Teaching assistant", "Teacher", "Lunchtime supervisor", "School cook",
                 "Caretaker", "Office manager", "SEN support worker"),
        "spots": ("at the school gate", "in the staff room", "in the playground after pick-up"),
        "issues": ("workload", "unpaid hours over the holidays", "the academy conversion",
                   "cuts to support staff", "class sizes"),
        "shifts": False,
    },
    "call centre": {
        "weight": 10,
        "names": ("{surname} Contact Centre {district}", "{district} Call Centre",
                  "{town} Customer Service Centre"),
        "employers": ("{surname} Telecom", "{surname} Energy", "{town} Direct Insurance"),
        "departments": ("Inbound", "Outbound", "Complaints", "Retentions", "Billing"),
        "jobs": ("Customer service adviser", "Team leader", "Complaints handler",
                 "Quality assessor", "Sales agent"),
        "spots": ("in the break room", "at the bus stop after the shift", "in the car park"),
        "issues": ("call-handling targets", "monitoring of toilet breaks",
                   "the bonus scheme", "working from home"),
        "shifts": True,
    },
    "local government": {
        "weight": 12,
        "names": ("{town} Council — {district} Depot", "{district} Library",
                  "{district} Leisure Centre", "{town} Civic Centre"),
        "employers": ("{town} City Council",),
        "departments": ("Refuse and recycling", "Libraries", "Housing", "Parks",
                        "Revenues and benefits", "Leisure"),
        "jobs": ("Refuse collector", "Library assistant", "Housing officer", "Gardener",
                 "Benefits assessor", "Lifeguard", "Admin officer"),
        "spots": ("in the depot yard", "in the staff room", "in the canteen"),
        "issues": ("the outsourcing plan", "the pay offer", "lone working", "library closures",
                   "the new recycling rounds"),
        "shifts": False,
    },
    "retail": {
        "weight": 10,
        "names": ("{surname} Superstore {district}", "{district} Retail Park store",
                  "{surname}'s {district}"),
        "employers": ("{surname} Retail Group", "{surname} & {surname2} plc"),
        "departments": ("Shop floor", "Checkouts", "Warehouse", "Online orders", "Bakery"),
        "jobs": ("Sales assistant", "Checkout operator", "Shelf stacker", "Personal shopper",
                 "Baker", "Supervisor"),
        "spots": ("in the staff canteen", "at the loading bay", "in the car park"),
        "issues": ("Sunday premium cuts", "abuse from customers", "contracted hours",
                   "the new self-checkouts"),
        "shifts": True,
    },
    "care": {
        "weight": 10,
        "names": ("{district} Care Home", "{saint} Nursing Home", "{district} House"),
        "employers": ("{surname} Care Ltd", "{town} Care Services", "{surname} Homes"),
        "departments": ("Care", "Night staff", "Kitchen", "Housekeeping"),
        "jobs": ("Care worker", "Senior carer", "Night carer", "Cook", "Domestic",
                 "Activities coordinator"),
        "spots": ("in the staff room", "at the front gate", "after handover"),
        "issues": ("unpaid travel time", "sleep-in pay", "short staffing at night",
                   "sick pay"),
        "shifts": True,
    },
}

STATUS_WEIGHTS = (("member", 780), ("prospect", 100), ("lapsed", 70), ("resigned", 45),
                  ("deceased", 5))
ASSESSMENT_WEIGHTS = ((None, 33), (0, 4), (1, 9), (2, 14), (3, 17), (4, 14), (5, 9))
TAGS = (("Newsletter", 0.12), ("Volunteer", 0.06), ("Steward", 0.03), ("Rep", 0.02),
        ("Phone bank", 0.02), ("Health & Safety", 0.015), ("Young members", 0.015),
        ("Equalities", 0.01), ("Committee", 0.006))
SHIFTS = ("earlies", "lates", "nights", "days", "rotating", "weekends")
CONTRACTS = ("permanent", "permanent", "permanent", "fixed-term", "agency", "zero-hours",
             "bank")

NOTE_METHODS = (("in_person", 42), ("phone", 25), ("text", 10), ("email", 10),
                ("meeting", 8), ("video", 3), ("other", 2))
NOTE_INTROS = {
    "in_person": ("Spoke to {name} {spot}", "Chatted with {name} {spot}",
                  "Caught {name} {spot}"),
    "phone": ("Phoned {name}", "Rang {name} after their shift", "Called {name}"),
    "text": ("Texted {name}", "WhatsApp'd {name}"),
    "email": ("Emailed {name}", "Wrote to {name}"),
    "meeting": ("Talked with {name} after the branch meeting", "Met {name} at the meeting"),
    "video": ("Video call with {name}",),
    "other": ("Bumped into {name} in town", "Saw {name} at the trades council social"),
}
# outcome: (weight, reactions); remote methods can also get no reply.
OUTCOMES = {
    "agreed to help": (12, ("keen to help and will talk to colleagues on {dept}",
                            "will hand out leaflets on their shift",
                            "offered to be a contact for {dept}")),
    "signed petition": (10, ("signed the petition and took copies for the team",
                             "signed and says most of {dept} will too")),
    "will attend meeting": (10, ("said they'll come to the next branch meeting",
                                 "will bring two colleagues to the meeting")),
    "supportive": (16, ("supportive but worried about management",
                        "agrees it's a problem, wants to see the numbers first",
                        "sympathetic, assessment {assessment}")),
    "undecided": (10, ("not sure yet, wants to talk it over at home",
                       "undecided, had a bad experience with the last rep")),
    "not interested": (6, ("not interested for now, polite about it",
                           "says it won't change anything")),
    "raised a grievance": (6, ("wants a rep at the meeting with HR next week",
                               "asked for help with a grievance about their manager")),
    "joined": (4, ("filled in a membership form there and then",
                   "joined online the same day")),
    "no reply": (8, ("no reply yet, try again after the weekend",
                     "no answer, left a message")),
}
REMOTE_ONLY = {"no reply"}

CAMPAIGNS = (
    ("Pay claim {year}", "Build support for the branch pay claim and a strong ballot turnout.",
     "active"),
    ("Safe staffing", "Petition and workplace meetings on staffing levels.", "active"),
    ("Recruitment drive", "Sign up non-members in the biggest workplaces.", "active"),
    ("Stop the {district} closure", "Keep the {district} site open.", "won"),
    ("Heat at work", "A maximum working temperature and water, shade and breaks.", "closed"),
    ("Fair rotas", "Four weeks' notice of rotas and no unpaid standby.", "planned"),
    ("Sick pay from day one", "Full sick pay from the first day for every worker.", "lost"),
)

MEETING_LOCATIONS = (
    "Trades Council Hall, {town}", "Room 2, {district} Community Centre",
    "Function room, The Red Lion, {district}", "Online (video call)",
    "{district} Library meeting room",
)
