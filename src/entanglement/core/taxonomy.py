"""The policy taxonomy: what a provision of an ordinance, statute or directive does.

This module is the single source of truth for category codes. The codes are the ones the gold
corpus uses (eval/SPEC.md); labels and definitions are ours, in English and Spanish, so that the
site and the analyzer explain a code the same way everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Direction = Literal["limits", "mandates"]


@dataclass(frozen=True)
class Category:
    """One lever a policy can pull on its entanglement with federal immigration enforcement."""

    code: str
    label_en: str
    label_es: str
    definition_en: str
    definition_es: str
    direction: Direction

    def label(self, language: str = "en") -> str:
        return self.label_es if language == "es" else self.label_en

    def definition(self, language: str = "en") -> str:
        return self.definition_es if language == "es" else self.definition_en

    def to_dict(self) -> dict[str, str]:
        return {
            "code": self.code,
            "label_en": self.label_en,
            "label_es": self.label_es,
            "definition_en": self.definition_en,
            "definition_es": self.definition_es,
            "direction": self.direction,
        }


_ALL: tuple[Category, ...] = (
    Category(
        code="detainer_limits",
        label_en="Limits on immigration detainers",
        label_es="Límites a las solicitudes de retención migratoria",
        definition_en=(
            "The policy restricts or refuses keeping a person in local custody because immigration "
            "authorities asked for it through a detainer or hold request, for example by honoring such "
            "requests only when a judge has signed a warrant, only for people with listed convictions, "
            "or never beyond the time the person would otherwise be released."
        ),
        definition_es=(
            "La política restringe o rechaza mantener a una persona bajo custodia local porque las "
            "autoridades migratorias lo pidieron mediante una orden de retención (detainer), por ejemplo "
            "aceptándola solo cuando un juez ha firmado una orden, solo para personas con ciertas "
            "condenas, o nunca más allá del momento en que la persona quedaría en libertad."
        ),
        direction="limits",
    ),
    Category(
        code="notification_limits",
        label_en="Limits on release notification",
        label_es="Límites a la notificación de excarcelación",
        definition_en=(
            "The policy restricts telling immigration authorities when a person will be released from "
            "custody or transferred, such as answering notification requests or disclosing release "
            "dates and times, or allows it only in narrow circumstances."
        ),
        definition_es=(
            "La política restringe informar a las autoridades migratorias sobre la fecha u hora en que "
            "una persona saldrá de custodia o será trasladada, como responder a solicitudes de "
            "notificación o revelar fechas de excarcelación, o lo permite solo en casos limitados."
        ),
        direction="limits",
    ),
    Category(
        code="ice_access_limits",
        label_en="Limits on ICE access to jails and people in custody",
        label_es="Límites al acceso de ICE a cárceles y personas detenidas",
        definition_en=(
            "The policy restricts immigration agents' entry to jails, non-public areas or people in "
            "custody, for instance by requiring a judicial warrant, by refusing dedicated office space, "
            "or by requiring that a detained person be told of an interview and consent to it first."
        ),
        definition_es=(
            "La política restringe la entrada de agentes migratorios a cárceles, áreas no públicas o a "
            "personas detenidas, por ejemplo exigiendo una orden judicial, negando oficinas dedicadas, o "
            "exigiendo que la persona detenida sea informada de una entrevista y la consienta antes."
        ),
        direction="limits",
    ),
    Category(
        code="status_inquiry_limits",
        label_en="Limits on asking about immigration status",
        label_es="Límites a preguntar por la situación migratoria",
        definition_en=(
            "The policy bars officers or employees from asking people about their immigration or "
            "citizenship status, or from investigating it, outside narrow exceptions set by law."
        ),
        definition_es=(
            "La política prohíbe que agentes o empleados pregunten a las personas por su situación "
            "migratoria o su ciudadanía, o que la investiguen, salvo excepciones estrechas previstas "
            "por la ley."
        ),
        direction="limits",
    ),
    Category(
        code="status_sharing_limits",
        label_en="Limits on collecting or sharing immigration-status information",
        label_es="Límites a recopilar o compartir datos sobre situación migratoria",
        definition_en=(
            "The policy restricts gathering, keeping, or passing on information about a person's "
            "citizenship or immigration status. This is the ground covered by 8 U.S.C. § 1373, which "
            "forbids local governments from restricting such exchanges with federal authorities."
        ),
        definition_es=(
            "La política restringe reunir, conservar o transmitir información sobre la ciudadanía o la "
            "situación migratoria de una persona. Es el terreno del 8 U.S.C. § 1373, que prohíbe a los "
            "gobiernos locales restringir ese intercambio con las autoridades federales."
        ),
        direction="limits",
    ),
    Category(
        code="personal_info_sharing_limits",
        label_en="Limits on sharing other personal information",
        label_es="Límites a compartir otros datos personales",
        definition_en=(
            "The policy restricts giving immigration authorities personal information other than "
            "immigration status, such as home or work addresses, release details, or access to "
            "records and databases kept by local agencies."
        ),
        definition_es=(
            "La política restringe entregar a las autoridades migratorias datos personales distintos de "
            "la situación migratoria, como domicilios o lugares de trabajo, datos de excarcelación, o el "
            "acceso a registros y bases de datos de las agencias locales."
        ),
        direction="limits",
    ),
    Category(
        code="resource_limits",
        label_en="No local resources for civil immigration enforcement",
        label_es="Sin recursos locales para la aplicación civil de leyes migratorias",
        definition_en=(
            "The policy forbids spending local money, staff time, equipment or facilities on enforcing "
            "federal civil immigration law or assisting those who do, including arrests made only "
            "for civil immigration violations."
        ),
        definition_es=(
            "La política prohíbe gastar dinero, tiempo del personal, equipos o instalaciones locales en "
            "aplicar la ley migratoria civil federal o en ayudar a quienes la aplican, incluidos los "
            "arrestos basados solo en infracciones migratorias civiles."
        ),
        direction="limits",
    ),
    Category(
        code="no_287g",
        label_en="No 287(g) or deputization agreements",
        label_es="Sin acuerdos 287(g) ni delegación de funciones migratorias",
        definition_en=(
            "The policy bars, ends or refuses agreements under section 287(g) of the Immigration and "
            "Nationality Act, or any similar arrangement, that would let local officers act as "
            "immigration officers or work under federal immigration supervision."
        ),
        definition_es=(
            "La política prohíbe, termina o rechaza los acuerdos de la sección 287(g) de la Ley de "
            "Inmigración y Nacionalidad, u otros semejantes, que permitirían a agentes locales actuar "
            "como agentes de inmigración o trabajar bajo supervisión migratoria federal."
        ),
        direction="limits",
    ),
    Category(
        code="sensitive_locations",
        label_en="Protections at sensitive locations",
        label_es="Protección en lugares sensibles",
        definition_en=(
            "The policy limits immigration enforcement, or local help with it, at places people must be "
            "able to reach safely: courthouses, schools, hospitals and clinics, shelters, libraries and "
            "houses of worship."
        ),
        definition_es=(
            "La política limita la aplicación de la ley migratoria, o la colaboración local con ella, en "
            "lugares a los que la gente debe poder acudir sin temor: tribunales, escuelas, hospitales y "
            "clínicas, albergues, bibliotecas y templos."
        ),
        direction="limits",
    ),
    Category(
        code="transparency",
        label_en="Transparency about immigration requests",
        label_es="Transparencia sobre solicitudes migratorias",
        definition_en=(
            "The policy requires records, reports, public hearings or notices about requests from "
            "immigration authorities and the agency's dealings with them, including telling the person "
            "concerned that such a request was received."
        ),
        definition_es=(
            "La política exige registros, informes, audiencias públicas o avisos sobre las solicitudes de "
            "las autoridades migratorias y el trato de la agencia con ellas, incluido informar a la "
            "persona afectada de que se recibió una solicitud."
        ),
        direction="limits",
    ),
    Category(
        code="compliance_savings_clause",
        label_en="Savings clause for status-information exchange (8 U.S.C. § 1373)",
        label_es="Cláusula de salvaguarda del intercambio de datos migratorios (8 U.S.C. § 1373)",
        definition_en=(
            "The policy states that nothing in it stops officials from sending citizenship or "
            "immigration-status information to federal immigration authorities, or receiving it from "
            "them, as federal law (8 U.S.C. §§ 1373 and 1644) allows."
        ),
        definition_es=(
            "La política declara que nada en ella impide a los funcionarios enviar a las autoridades "
            "migratorias federales, o recibir de ellas, información sobre ciudadanía o situación "
            "migratoria, tal como lo permite la ley federal (8 U.S.C. §§ 1373 y 1644)."
        ),
        direction="limits",
    ),
    Category(
        code="cooperation_mandate",
        label_en="Mandated cooperation with immigration enforcement",
        label_es="Cooperación obligatoria con la aplicación de la ley migratoria",
        definition_en=(
            "The policy requires local agencies to help immigration enforcement: honoring detainers, "
            "notifying immigration authorities of arrests or releases, joining 287(g) programs, voiding "
            "or forbidding local limits on cooperation, or punishing officials who impose them."
        ),
        definition_es=(
            "La política obliga a las agencias locales a colaborar con la aplicación de la ley "
            "migratoria: cumplir las órdenes de retención, avisar a las autoridades migratorias de "
            "arrestos o excarcelaciones, sumarse a programas 287(g), anular o prohibir límites locales a "
            "la cooperación, o sancionar a los funcionarios que los impongan."
        ),
        direction="mandates",
    ),
)

CATEGORIES: dict[str, Category] = {c.code: c for c in _ALL}

# Codes in the order reports list them: limits first, the mandate last.
CATEGORY_CODES: tuple[str, ...] = tuple(CATEGORIES)


def get_category(code: str) -> Category:
    """The category for `code`; KeyError names the valid codes when it is unknown."""
    try:
        return CATEGORIES[code]
    except KeyError:
        raise KeyError(f"unknown category {code!r}; known: {', '.join(CATEGORY_CODES)}") from None
