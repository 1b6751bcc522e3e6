"""Spanish, French and Portuguese domain words read as the English word family they translate.

The knowledge base describes each area, its results and its indicators in English; its Spanish,
French and Portuguese keywords are only a few phrases per area. Matching reads a word of the three
other languages both as itself and as the family key of its English translation (`capacitación`,
`formation`, `capacitação` -> 'train'), so a description in any of the four languages meets the
whole English wording of an area, not only its translated keywords, while English text reads
exactly as before. Word families only: each line is one English
word and what practitioners write for it in Spanish, French and Portuguese (singular and plural
forms both fold onto one key through textnorm.stem). A word that means different things in
different contexts is left out rather than guessed.
"""

from __future__ import annotations

from functools import lru_cache

from ctguide.textnorm import stem

TRANSLATIONS = """
abuse: abuso abusos abus maltrato maltratos maltraitance
access: acceso acces acesso
accommodation: alojamiento alojamientos hebergement logement alojamento hospedaje
accompaniment: acompanamiento accompagnement acompanhamento acompanar accompagner acompanhar
adolescents: adolescentes adolescencia
advice: asesoria asesoramiento aconselhamento orientaciones
advocacy: incidencia plaidoyer
agency: agencia agencias agence agences
agreement: acuerdo acuerdos convenio convenios acordo acordos
agricultural: agricola agricolas agricole agricoles agricultura
airport: aeropuerto aeropuertos aeroport aeroports aeroporto aeroportos
alert: alerta alertas alerte alertes alertar alerter
analysis: analisis analises
anonymous: anonimo anonima anonyme anonimas anonimos
app: aplicacion aplicaciones aplicativo aplicativos
arrest: arresto arrestos detencion detenciones detenido detenidos detenida detenidas interpellation interpellations prisao prisoes detido detidos captura capturas
assessment: evaluacion evaluaciones avaliacao avaliacoes diagnostico diagnosticos diagnostic
asset: bienes activos avoirs bens
assistance: asistencia atencion assistencia atendimento atender atendidas atendidos assister
asylum: asilo asile
audit: auditoria auditorias auditor auditores auditora auditoras
authorities: autoridad autoridades autorites
awareness: sensibilizacion sensibilisation sensibilizacao concienciacion conscientizacao concientizacion sensibilizar sensibiliser conscientizar concientizar concienciar
bank: banco bancos banque banques bancaire bancaires bancaria bancarias bancario
beds: cama camas lits leito leitos
begging: mendicidad mendicite mendicancia
behaviour: comportamiento comportamientos comportement comportements comportamento comportamentos
bondage: servidumbre servitude servidao
border: frontera fronteras frontiere frontieres fronteira fronteiras fronterizo fronteriza transfronterizo transfrontalier transfronteirico
budget: presupuesto presupuestos orcamento orcamentos
business: empresa empresas entreprise entreprises negocio negocios emprendimiento emprendimientos empreendimento empreendimentos
call: llamada llamadas appel appels chamada chamadas ligacao ligacoes
camp: campamento campamentos acampamento
campaign: campana campanas campagne campagnes campanha campanhas
care: cuidado cuidados soins cuidar
case: caso casos
centre: centro centros
chain: cadena cadenas chaine chaines cadeia cadeias
change: cambio cambios changement changements mudanca mudancas
child: nino ninos infancia infantil infantiles menor menores enfant enfants enfance infantile mineur mineurs mineure crianca criancas ninez
citizen: ciudadano ciudadanos ciudadania citoyen citoyens cidadao cidadaos cidadania
clinic: clinica clinicas clinique cliniques
clubs: clubes clube
cocoa: cacao cacau cacaoculture cacaoyer cacaoyers cacaueiro
committee: comision comisiones comissao comissoes
community: comunidad comunidades communaute communautes comunidade comunitario comunitaria communautaire comunitarios
company: compania companias companhia
compensation: indemnizacion indemnizaciones indemnisation indemnizacao compensacion compensacao reparacion reparaciones reparation reparations reparacao
complaint: plainte plaintes queja quejas queixa queixas
conditions: condiciones condicoes
confidential: confidencial confidenciales confidentiel confidentielle
confiscation: decomiso decomisos incautacion confisco saisie
conflict: conflicto conflictos conflit conflits conflito conflitos
conduct: conducta conductas conduta condutas
construction: construccion construcao
consular: consulado consulados consulat consulats consulares
content: contenido contenidos contenu contenus conteudo conteudos
contract: contrato contratos contrat contrats
conviction: condena condenas condenacion condamnation condamnations condenacao condenacoes condenados condamnes
cooperation: cooperacion colaboracion colaboracao cooperacao
coordination: coordinacion concertation coordenacao articulacao articulacion
corporate: corporativo corporativa empresarial empresariales
corridor: corredor corredores couloir couloirs
council: consejo consejos conseil conseils conselho conselhos
counselling: consejeria ecoute escucha
country: pais paises
court: tribunales tribunaux juzgado juzgados tribunais juridiction juridictions
crime: delito delitos crimen crimenes
criminal: criminales criminel criminels criminelle criminoso criminosos delictivo delictiva delincuentes delinquants
crisis: crise
curriculum: curriculo curriculos
customs: aduana aduanas douane douanes alfandega
data: datos donnees dados
debt: deuda deudas dette dettes divida dividas endeudamiento endividamento
decent: decente decentes
deceptive: engano enganos tromperie enganosa enganosas
destination: destino destinos
detection: deteccion detectar detecter deteccao
digital: digitales numerique numeriques
diligence: diligencia
disaster: desastre desastres catastrophe catastrophes
displaced: desplazados desplazadas deplaces deplacees deslocados deslocadas desplazamiento deplacement deslocamento
district: distrito distritos
document: documento documentos
domestic: domestico domestica domesticas domestique domestiques domesticos
due: debida devida
early: temprana precoce precoz
economic: economico economica economicos economicas economique economiques
education: educacion educacao educativo educativa educativos educatif educative
embassy: embajada embajadas ambassade ambassades embaixada embaixadas
emergency: emergencia emergencias urgence urgencias
employer: empleador empleadores employeur employeurs empregador empregadores
employment: empleo empleos emploi emplois emprego empregos
empowerment: empoderamiento autonomisation empoderamento
entrepreneurship: emprendedor emprendedores entrepreneuriat empreendedorismo
estimate: estimacion estimaciones estimativa estimativas
ethical: etica etico eticas ethique
evidence: prueba pruebas preuve preuves prova provas
experience: experiencia experiencias experiencia
exploitation: explotacion exploracao explotados explotadas
extradition: extradicion extradicao
factory: fabrica fabricas usine usines
fake: falso falsa falsos falsas faux fausse fausses
family: familia familias famille familles familiar familiares familial familiale
financial: financiero financiera financieros financieras financier financiere financiers financeiro financeira financeiros
fishing: pesca peche pesqueiro pesquero pesqueros
forced: forzoso forzosa forzado forzados forcee forcado forcada
forensic: forense forenses forensique
fraud: fraude fraudes
fraudulent: fraudulento fraudulenta fraudulentas fraudulentos frauduleux frauduleuse
freeze: congelamiento congelacion bloqueio bloqueo
fund: fondo fondos fonds fundo fundos
girl: nina ninas fille filles menina meninas
government: gobierno gobiernos gouvernement gouvernements governo governos gubernamental gouvernemental governamental
grant: subvencion subvenciones subvention subventions subsidio subsidios
group: grupo grupos groupe groupes
guard: guardia guardias garde gardes guarda guardas
guardian: tutor tutores tuteur tuteurs
guide: guia guias
guidelines: directrices diretrizes
health: salud sante saude sanitario sanitaria sanitaire sanitaires
home: hogar hogares lar
hospital: hospitales hopital hopitaux
hospitality: hoteleria hotellerie hotelaria hoteleira hoteleiro
hotel: hoteles hoteis hotelero hotelera hoteliere
housing: vivienda viviendas moradia moradias
humanitarian: humanitario humanitaria humanitarios humanitaire humanitaires humanitarias
identification: identificacion identifier identificar identifiees identificadas identificados identificacao reconocer reconnaitre reconhecer reperage reperer sinalizacao sinalizar sinalizada sinalizadas sinalizado sinalizados
immigration: inmigracion imigracao migratorio migratoria migratorios
income: ingreso ingresos revenu revenus renda rendimentos
indicator: indicador indicadores indicateur indicateurs
information: informacion informaciones informacao informativo informativa
inspection: inspeccion inspecciones inspecao inspecoes fiscalizacao fiscalizacion fiscalizacoes
inspector: inspector inspectores inspecteur inspecteurs inspetor inspetores
institution: institucion instituciones institucao instituicao instituicoes institucional institutionnel institucionais
intelligence: inteligencia renseignement renseignements
interagency: interinstitucional interinstitucionales interinstitutionnel interinstitucionais
interpreter: interprete interpretes
interview: entrevista entrevistas entretien entretiens
investigation: investigacion investigaciones enquete enquetes investigacao investigacoes investigar enqueter
investigator: investigador investigadores enqueteur enqueteurs investigadora
judge: juez jueces juge juges juiz juizes magistrado magistrados magistrat magistrats magistratura
judgment: jugement jugements
judicial: judiciales judiciaire judiciaires
justice: justicia justica
labour: trabajo trabajos travail trabalho laboral laborales trabalhista trabalhistas
laundering: lavado blanqueo blanchiment lavagem
law: ley leyes loi lois lei leis legislacion legislacao normativa normativo
lawyer: abogado abogados abogada avocat avocats avocate advogado advogados advogada defensor defensores defensoria
leader: lider lideres dirigeant dirigeants
leadership: liderazgo lideranca liderancas
legal: legales juridique juridiques juridico juridica juridicos juridicas
literacy: alfabetizacion alphabetisation alfabetizacao
livelihood: subsistance subsistencia sustento
management: gestion gestao
manual: manuales manuel manuels
mapping: mapeo cartographie mapeamento mapear
marriage: matrimonio matrimonios mariage mariages casamento casamentos
mechanism: mecanismo mecanismos mecanisme mecanismes
medical: medico medica medicos medicas medicale medicaux
meeting: reunion reuniones reunions reuniao reunioes
mental: mentale mentales
migrant: migrante migrantes
migration: migracion migracao migratoire
mining: mineria minas mineracao
member: miembro miembros membre membres membro membros
ministry: ministerio ministerios ministere ministeres
missing: desaparecido desaparecidos desaparecidas disparu disparus disparue desaparecimento
money: dinero dinheiro
monitoring: monitoreo seguimiento suivi monitoramento
municipal: municipio municipios municipalidad municipalite municipalidades
national: nacional nacionales nationale nationaux nacionais
network: redes reseau reseaux rede
observatory: observatorio observatoire
offer: oferta ofertas offre offres
officer: agente agentes
officials: funcionario funcionarios fonctionnaire fonctionnaires servidor servidores funcionaria funcionarias
operation: operacion operaciones operacao operacoes operativo operativos
organisation: organizacion organizaciones organizacao organizacoes associacao associacoes asociacion asociaciones entidad entidades entidade
orphanage: orfanato orfanatos orphelinat orphelinats
partner: socio socios aliado aliados aliada partenaire partenaires parceiro parceiros parceria parcerias alianza alianzas
partnership: partenariat
passenger: pasajero pasajeros passager passagers passageiro passageiros
passport: pasaporte pasaportes passeport passeports passaporte
patrol: patrulla patrullas patrullaje patrouille patrouiller patrulha patrulhamento
penalty: pena penas peine peines sancion sanciones
permit: permiso permisos permis
plan: planes planos
platform: plataforma plataformas plateforme plateformes
point: punto puntos pontos
police: policia policias policial policiales policier policiers policiais
policy: politica politicas politique politiques
poster: afiche afiches affiche affiches cartaz cartazes
prevalence: prevalencia
prevention: prevencion prevencao prevenir preventivo preventiva preventivas
private: privado privada privados privadas privee prives privees
procedure: procedimiento procedimientos procedimento procedimentos
prosecution: enjuiciamiento poursuite poursuites persecucion persecucao judicializacion judicializacao
prosecutor: fiscal fiscales procureur procureurs promotor promotores fiscalia fiscalias parquet
protection: proteccion protecao proteger protegidas
protocol: protocolo protocolos protocole protocoles
provincial: provincia provincias
psychological: psicologico psicologica psicologicos psicologicas psychologique psychologiques psicologo psicologos psychologue psychologues
psychosocial: psicosocial psicosociales psychosociale psicossocial psicossociais
public: publico publica publicos publicas publique publics
raid: allanamiento allanamientos redada redadas perquisition perquisitions
recovery: recuperacion recuperation recuperacao
recruiter: reclutador reclutadores recruteur recruteurs recrutador recrutadores enganchador enganchadores agenciador agenciadores
recruitment: reclutamiento contratacion recrutement recrutamento aliciamiento captacion captacao enganche
referral: derivacion derivaciones encaminhamento encaminhamentos remision derivar encaminhar
refugee: refugiado refugiados refugiadas
reintegration: reinsercion reintegracion reinsertion reintegracao reinsercao
remedy: remediacion
report: informe informes rapport rapports relatorio relatorios reporte reportes denuncia denuncias denunciar signalement signalements signaler notificacao notificacoes
rescue: rescate rescates sauvetage resgate resgates rescatadas rescatados resgatados resgatadas rescatar resgatar
research: recherche recherches pesquisa pesquisas
resettlement: reasentamiento reinstallation reassentamento
residence: residencia sejour
return: retorno retornos retour retours regreso repatriacion rapatriement repatriacao
rights: derechos droits direitos
risk: riesgo riesgos risque risques risco riscos
route: ruta rutas itineraire rota rotas
rural: rurales ruraux rurais
safe: seguro segura seguros seguras
safety: seguridad securite seguranca
savings: ahorro ahorros epargne poupanca
scam: estafa estafas arnaque arnaques
school: escuela escuelas colegio colegios ecole ecoles escola escolas escolar escolares scolaire scolaires liceo lycee
screening: tamizaje cribado depistage triagem
seasonal: temporero temporeros saisonnier saisonniers temporarios
secretariat: secretaria secretarias secretariado
sentence: sentencia sentencias
session: charla charlas causerie causeries palestra palestras sesion sesiones seance seances sessao sessoes platica platicas
sewing: costura costuras couture
sexual: sexuales sexuel sexuelle sexuels sexuais
shelter: refugio albergue albergues abrigo abrigos acogida acolhimento acolhida abri abris
skills: habilidades competences competencias
slavery: esclavitud esclavage escravidao escravo escrava escravos escravizados
social: sociales sociaux sociais
society: sociedad sociedade societe societes
standard: norma normas estandar estandares
statistics: estadistica estadisticas statistique statistiques estatistica estatisticas
strategy: estrategia estrategias strategie estrategia
street: calle calles rue rues rua ruas
student: estudiante estudiantes alumno alumnos alumnas eleve eleves etudiant etudiants aluno alunos alunas estudantes
study: estudio estudios etude etudes estudo estudos
supplier: proveedor proveedores fournisseur fournisseurs fornecedor fornecedores
supply: suministro abastecimiento approvisionnement abastecimento
survey: encuesta encuestas sondage inquerito inqueritos
survivor: sobreviviente sobrevivientes superviviente supervivientes survivant survivants survivante survivantes sobrevivente sobreviventes
teacher: docente docentes maestro maestros maestra maestras profesor profesores enseignant enseignants professeur professeurs professor professores educador educadores educatrice educateurs
team: equipo equipos equipe equipes
technology: tecnologia tecnologias technologie technologies
telephone: telefono telefone
testify: testificar testemunhar temoigner
testimony: testimonio testimonios temoignage temoignages testemunho testemunhos
textile: textil
theatre: teatro teatros
therapy: terapia terapias therapie therapies
tourism: turismo turistico turistica tourisme touristique
trade: comercio
traditional: tradicional tradicionales traditionnel traditionnels traditionnelle tradicionais
trafficker: tratante tratantes trafiquant trafiquants traficante traficantes proxeneta proxenetas
trafficking: trata traite trafico
training: capacitacion capacitaciones formacion formaciones formation formations capacitacao formacao treinamento treinamentos entrenamiento capacitar formar curso cursos capacitados capacitadas formados formadas capacites
transport: transporte transportes
travel: viaje viajes viagem viagens viajar voyager
treatment: tratamiento tratamientos traitement traitements tratamento tratamentos
trial: juicio juicios julgamento julgamentos proces
union: sindicato sindicatos syndicat syndicats
unit: unidad unidades unidade
victim: victima victimas victime victimes vitima vitimas
village: aldea aldeas aldeia aldeias
violence: violencia violencias violences
visa: visado visados
voice: voz voces voix
volunteer: voluntario voluntarios voluntaria voluntarias benevole benevoles
vulnerable: vulnerables vulneraveis vulneravel
wage: salario salarios salaire salaires
war: guerra guerras guerre guerres
wellbeing: bienestar
witness: testigo testigos temoin temoins testemunha testemunhas
women: mujer mujeres femme femmes mulher mulheres
worker: trabajador trabajadores trabajadora trabajadoras travailleur travailleurs travailleuse travailleuses trabalhador trabalhadores trabalhadora trabalhadoras
workshop: taller talleres atelier ateliers seminaire seminaires seminario seminarios
young: joven jovenes jeune jeunes jovem jovens juventud jeunesse juventude
"""

VERBS = """acompanar acompanhar accompagner alertar alerter atender assister sensibilizar sensibiliser conscientizar
    concientizar concienciar cuidar detectar detecter identificar identifier reconocer reconhecer reperer sinalizar
    investigar enqueter mapear patrouiller prevenir proteger denunciar signaler capacitar formar rescatar resgatar
    derivar encaminhar"""
"""The verbs of TRANSLATIONS whose conjugated forms are read as the same family ('sinalizou', 'capacitará',
'identifiées', 'atendidos'): Spanish and Portuguese -ar, -er and -ir, French -er."""
_ENDINGS = {
    "ar": ("ado", "ada", "ados", "adas", "o", "ou", "aram", "aron", "ando", "ara", "aran", "arao"),
    "er": (
        "ido",
        "ida",
        "idos",
        "idas",
        "eu",
        "eram",
        "ieron",
        "iendo",
        "endo",
        "e",
        "es",
        "ee",
        "ees",
        "ent",
        "ant",
    ),
    "ir": ("ido", "ida", "idos", "idas", "io", "iu", "iram", "ieron", "iendo", "indo"),
}


@lru_cache(maxsize=1)
def translations() -> dict[str, str]:
    """Each Spanish, French or Portuguese word as written (folded, with its plural) -> the family key
    of its English translation. Whole words, not family keys: 'policía' is police, while its family
    key is also that of 'policies'."""
    table: dict[str, str] = {}
    plurals: list[tuple[str, str]] = []
    for line in TRANSLATIONS.strip().splitlines():
        english, _, forms = line.partition(":")
        target = stem(english.strip())
        for form in forms.split():
            if form != english.strip():
                table.setdefault(form, target)
            plurals.extend((plural, target) for plural in _plurals(form) if plural != english.strip())
    verbs = frozenset(VERBS.split())
    for form, target in list(table.items()):
        if form in verbs:
            plurals.extend((conjugated, target) for conjugated in _conjugations(form))
    for plural, target in plurals:  # a form written out in the table wins over one made here
        table.setdefault(plural, target)
    return table


def _conjugations(verb: str) -> tuple[str, ...]:
    """The participles and common tenses of a Spanish, Portuguese or French infinitive, folded."""
    root, ending = verb[:-2], verb[-2:]
    return tuple(root + e for e in _ENDINGS.get(ending, ()))


def _plurals(form: str) -> tuple[str, ...]:
    """Spanish, French and Portuguese plurals of `form`: capacitação -> capacitações (folded), taller ->
    talleres, víctima -> víctimas (French plurals in -s of words ending in a consonant are written out)."""
    if form.endswith("s"):
        return ()
    if form.endswith("cao"):
        return (form[:-3] + "coes",)
    return (form + "s",) if form[-1] in "aeiou" else (form + "es",)
