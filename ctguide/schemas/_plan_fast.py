# Generated from plan.schema.json by `python -m ctguide.validation`; do not edit.
# schema sha256: b81ce14dbd7ba1e937b7a839d04b00b971578eed7e7a8f489c5b05c76ef85179
SCHEMA_SHA256 = 'b81ce14dbd7ba1e937b7a839d04b00b971578eed7e7a8f489c5b05c76ef85179'
VERSION = "2.22.3"
import sys


class _IsDecimal(type):
    def __instancecheck__(cls, value):
        decimal = sys.modules.get("decimal")
        return decimal is not None and isinstance(value, decimal.Decimal)


class Decimal(metaclass=_IsDecimal):
    """decimal.Decimal to isinstance, without importing decimal."""
import re


class JsonSchemaValueException(ValueError):
    def __init__(self, message, value=None, name=None, definition=None, rule=None):
        super().__init__(message)
        self.message, self.value, self.name, self.definition, self.rule = message, value, name, definition, rule


class JsonSchemaValuesException(ValueError):
    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors


REGEX_PATTERNS = {
    '\\S': re.compile('\\S'),
    '^[A-Z][A-Z0-9_]{0,11}$': re.compile('^[A-Z][A-Z0-9_]{0,11}\\Z'),
    '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': re.compile('^[0-9]{4}-[0-9]{2}-[0-9]{2}\\Z'),
    '^[a-z][a-z0-9_]*$': re.compile('^[a-z][a-z0-9_]*\\Z'),
    '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$': re.compile('^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}\\Z'),
    '^[0-9]{5}$': re.compile('^[0-9]{5}\\Z'),
    '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$': re.compile('^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?\\Z'),
    '^[0-9]{2}$': re.compile('^[0-9]{2}\\Z')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'title': 'ctguide indicator plan', 'description': "A counter-trafficking project's results chain and its performance indicators. Each indicator is a superset of a USAID PIRS and maps onto IATI 2.03 result/indicator. Rules that JSON Schema cannot express (dates inside the project period, percentage targets at most 100, result ids that exist, unique ids) are checked by ctguide.plan.validate_plan and reported the same way.", 'type': 'object', 'required': ['schema_version', 'profile', 'results_chain', 'indicators'], 'additionalProperties': False, 'properties': {'schema_version': {'enum': ['1.0', '1.1', '1.2'], 'description': "Version of this contract. 1.1 adds the goal, the problem, monitor-only indicators, projections and attribution; 1.2 adds an indicator's stand_ins. Each version only adds optional fields, so 1.0 and 1.1 documents stay valid (and 1.1 documents that ctguide wrote with stand_ins before 1.2 named them)."}, 'goal': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}, 'profile': {'type': 'object', 'required': ['title', 'organisation', 'countries', 'start_date', 'end_date'], 'additionalProperties': False, 'properties': {'title': {'$ref': '#/$defs/text'}, 'organisation': {'$ref': '#/$defs/text'}, 'countries': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/text'}}, 'regions': {'$ref': '#/$defs/textList'}, 'start_date': {'$ref': '#/$defs/date'}, 'end_date': {'$ref': '#/$defs/date'}, 'target_groups': {'$ref': '#/$defs/textList'}, 'donor': {'$ref': '#/$defs/text'}, 'language': {'type': 'string', 'pattern': '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$', 'description': "BCP 47 language tag of the plan's text, e.g. en, fr, es."}, 'summary': {'$ref': '#/$defs/text'}, 'problem': {'$ref': '#/$defs/text', 'description': "The problem the project addresses, in the designer's words."}, 'iati_identifier': {'$ref': '#/$defs/text'}, 'reporting_org': {'type': 'object', 'required': ['ref', 'name'], 'additionalProperties': False, 'properties': {'ref': {'$ref': '#/$defs/text'}, 'name': {'$ref': '#/$defs/text'}, 'type': {'type': 'string', 'pattern': '^[0-9]{2}$'}}}}}, 'results_chain': {'type': 'array', 'description': 'One block per intervention area: its pillar, objective, outcomes and outputs.', 'items': {'type': 'object', 'required': ['area', 'pillar', 'objective', 'outcomes', 'outputs'], 'additionalProperties': False, 'properties': {'area': {'$ref': '#/$defs/slug'}, 'pillar': {'$ref': '#/$defs/pillar'}, 'objective': {'$ref': '#/$defs/resultStatement'}, 'outcomes': {'type': 'array', 'items': {'$ref': '#/$defs/resultStatement'}}, 'outputs': {'type': 'array', 'items': {'$ref': '#/$defs/resultStatement'}}, 'assumptions': {'$ref': '#/$defs/textList'}, 'sector': {'type': 'string', 'pattern': '^[0-9]{5}$', 'description': "The area's DAC/CRS purpose code (5 digits, IATI sector vocabulary 1); overrides the knowledge base's dac_sector for this plan."}}}}, 'indicators': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'statement', 'pillar', 'area', 'result', 'level', 'type', 'unit', 'direction', 'baseline', 'targets', 'means_of_verification', 'frequency', 'responsible'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'pillar': {'$ref': '#/$defs/pillar'}, 'area': {'$ref': '#/$defs/slug'}, 'result': {'$ref': '#/$defs/id'}, 'level': {'enum': ['impact', 'outcome', 'output']}, 'type': {'enum': ['quantitative', 'qualitative', 'milestone']}, 'unit': {'enum': ['number', 'percent', 'rate', 'ratio', 'mean', 'median', 'score', 'amount', 'duration', 'yes_no', 'stage', 'text']}, 'unit_detail': {'$ref': '#/$defs/text'}, 'numerator': {'$ref': '#/$defs/text'}, 'denominator': {'$ref': '#/$defs/text'}, 'direction': {'enum': ['increase', 'decrease', 'maintain', 'reach', 'monitor'], 'description': 'monitor: counted and tracked, never targeted (a count that would reward harm if it were a target); such an indicator has no targets.'}, 'direction_note': {'$ref': '#/$defs/text'}, 'stages': {'type': 'array', 'minItems': 2, 'items': {'$ref': '#/$defs/text'}}, 'definitions': {'type': 'object', 'additionalProperties': {'$ref': '#/$defs/text'}}, 'disaggregation': {'type': 'array', 'items': {'$ref': '#/$defs/disaggregation'}}, 'baseline': {'$ref': '#/$defs/baseline'}, 'targets': {'type': 'array', 'items': {'$ref': '#/$defs/target'}, 'description': 'At least one, except for a monitor-only indicator, which has none (checked by validate_plan).'}, 'projections': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/projection'}, 'description': 'Figures a donor requires for a monitor-only indicator: expectations for planning, never performance targets.'}, 'attributable': {'type': 'boolean', 'description': 'false: a context indicator the project contributes to but cannot be held accountable for (e.g. SDG 16.2.2).'}, 'means_of_verification': {'$ref': '#/$defs/text', 'description': 'Data source: who or what holds the data.'}, 'collection_method': {'$ref': '#/$defs/text', 'description': 'How the data are collected and calculated.'}, 'frequency': {'enum': ['monthly', 'quarterly', 'semiannual', 'annual', 'baseline_endline', 'baseline_midline_endline', 'followup_3m', 'followup_6m', 'followup_12m', 'per_event', 'continuous']}, 'responsible': {'$ref': '#/$defs/text', 'description': 'Role responsible for collecting and reporting the data (a role, not a name).'}, 'rationale': {'$ref': '#/$defs/text'}, 'limitations': {'$ref': '#/$defs/text'}, 'assumptions': {'$ref': '#/$defs/textList'}, 'ethics_notes': {'$ref': '#/$defs/textList'}, 'pitfalls': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}}, 'external_refs': {'type': 'array', 'items': {'$ref': '#/$defs/externalRef'}}, 'kb_id': {'type': 'string', 'description': 'Id of the knowledge-base indicator this one came from.'}, 'stand_ins': {'$ref': '#/$defs/textList', 'description': "Generic wordings put in for the knowledge base's [placeholders] (e.g. 'the programme area'), not the project's own values: review names each one the statement still contains, until the user replaces it. Since 1.2 (optional: plans without it stay valid); ctguide writes a plan that has any as 1.2."}}, 'allOf': [{'if': {'properties': {'unit': {'enum': ['percent', 'rate', 'ratio']}}, 'required': ['unit']}, 'then': {'required': ['numerator', 'denominator']}}, {'if': {'properties': {'unit': {'const': 'stage'}}, 'required': ['unit']}, 'then': {'required': ['stages']}}, {'if': {'properties': {'type': {'const': 'milestone'}}, 'required': ['type']}, 'then': {'properties': {'unit': {'enum': ['yes_no', 'stage']}}}}]}}, 'notes': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'last_updated': {'type': 'string', 'format': 'date'}}, '$defs': {'text': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'textList': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'slug': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'pillar': {'enum': ['prevention', 'protection', 'prosecution', 'partnership']}, 'value': {'type': ['number', 'string', 'boolean']}, 'profile': {'type': 'object', 'required': ['title', 'organisation', 'countries', 'start_date', 'end_date'], 'additionalProperties': False, 'properties': {'title': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'organisation': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'countries': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'regions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'start_date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'end_date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'target_groups': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'donor': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'language': {'type': 'string', 'pattern': '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$', 'description': "BCP 47 language tag of the plan's text, e.g. en, fr, es."}, 'summary': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'problem': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'iati_identifier': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'reporting_org': {'type': 'object', 'required': ['ref', 'name'], 'additionalProperties': False, 'properties': {'ref': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'name': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'type': {'type': 'string', 'pattern': '^[0-9]{2}$'}}}}}, 'resultStatement': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'statement': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'kb_id': {'type': 'string'}, 'assumptions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}}}, 'areaChain': {'type': 'object', 'required': ['area', 'pillar', 'objective', 'outcomes', 'outputs'], 'additionalProperties': False, 'properties': {'area': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'pillar': {'enum': ['prevention', 'protection', 'prosecution', 'partnership']}, 'objective': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}, 'outcomes': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}}, 'outputs': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}}, 'assumptions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'sector': {'type': 'string', 'pattern': '^[0-9]{5}$', 'description': "The area's DAC/CRS purpose code (5 digits, IATI sector vocabulary 1); overrides the knowledge base's dac_sector for this plan."}}}, 'disaggregation': {'type': 'object', 'required': ['code', 'values'], 'additionalProperties': False, 'properties': {'code': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}, 'name': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'values': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}}}, 'baseline': {'type': 'object', 'required': ['status'], 'additionalProperties': False, 'properties': {'status': {'enum': ['known', 'to_be_set'], 'description': 'known: value, date and source are given; to_be_set: planned_date says when it will be measured.'}, 'value': {'type': ['number', 'string', 'boolean']}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'source': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'planned_date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'allOf': [{'if': {'properties': {'status': {'const': 'known'}}, 'required': ['status']}, 'then': {'required': ['value', 'date', 'source']}}, {'if': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}, 'then': {'required': ['planned_date']}}]}, 'target': {'type': 'object', 'required': ['date'], 'additionalProperties': False, 'properties': {'status': {'enum': ['set', 'to_be_set'], 'default': 'set'}, 'value': {'type': ['number', 'string', 'boolean']}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'period_start': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'interim': {'type': 'boolean', 'description': 'true for a milestone on the way to the final target.'}, 'note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'if': {'not': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}}, 'then': {'required': ['value']}}, 'projection': {'type': 'object', 'required': ['value', 'date'], 'additionalProperties': False, 'properties': {'value': {'type': ['number', 'string', 'boolean']}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}}, 'externalRef': {'type': 'object', 'required': ['vocabulary', 'code'], 'additionalProperties': False, 'properties': {'vocabulary': {'enum': ['usg_f', 'sdg', 'own']}, 'code': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}}, 'indicator': {'type': 'object', 'required': ['id', 'statement', 'pillar', 'area', 'result', 'level', 'type', 'unit', 'direction', 'baseline', 'targets', 'means_of_verification', 'frequency', 'responsible'], 'additionalProperties': False, 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'statement': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'pillar': {'enum': ['prevention', 'protection', 'prosecution', 'partnership']}, 'area': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'result': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'level': {'enum': ['impact', 'outcome', 'output']}, 'type': {'enum': ['quantitative', 'qualitative', 'milestone']}, 'unit': {'enum': ['number', 'percent', 'rate', 'ratio', 'mean', 'median', 'score', 'amount', 'duration', 'yes_no', 'stage', 'text']}, 'unit_detail': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'numerator': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'denominator': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'direction': {'enum': ['increase', 'decrease', 'maintain', 'reach', 'monitor'], 'description': 'monitor: counted and tracked, never targeted (a count that would reward harm if it were a target); such an indicator has no targets.'}, 'direction_note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'stages': {'type': 'array', 'minItems': 2, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'definitions': {'type': 'object', 'additionalProperties': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'disaggregation': {'type': 'array', 'items': {'type': 'object', 'required': ['code', 'values'], 'additionalProperties': False, 'properties': {'code': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}, 'name': {'$ref': '#/$defs/text'}, 'values': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/text'}}}}}, 'baseline': {'type': 'object', 'required': ['status'], 'additionalProperties': False, 'properties': {'status': {'enum': ['known', 'to_be_set'], 'description': 'known: value, date and source are given; to_be_set: planned_date says when it will be measured.'}, 'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'source': {'$ref': '#/$defs/text'}, 'planned_date': {'$ref': '#/$defs/date'}, 'note': {'$ref': '#/$defs/text'}}, 'allOf': [{'if': {'properties': {'status': {'const': 'known'}}, 'required': ['status']}, 'then': {'required': ['value', 'date', 'source']}}, {'if': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}, 'then': {'required': ['planned_date']}}]}, 'targets': {'type': 'array', 'items': {'type': 'object', 'required': ['date'], 'additionalProperties': False, 'properties': {'status': {'enum': ['set', 'to_be_set'], 'default': 'set'}, 'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'period_start': {'$ref': '#/$defs/date'}, 'interim': {'type': 'boolean', 'description': 'true for a milestone on the way to the final target.'}, 'note': {'$ref': '#/$defs/text'}}, 'if': {'not': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}}, 'then': {'required': ['value']}}, 'description': 'At least one, except for a monitor-only indicator, which has none (checked by validate_plan).'}, 'projections': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['value', 'date'], 'additionalProperties': False, 'properties': {'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'note': {'$ref': '#/$defs/text'}}}, 'description': 'Figures a donor requires for a monitor-only indicator: expectations for planning, never performance targets.'}, 'attributable': {'type': 'boolean', 'description': 'false: a context indicator the project contributes to but cannot be held accountable for (e.g. SDG 16.2.2).'}, 'means_of_verification': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'collection_method': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'frequency': {'enum': ['monthly', 'quarterly', 'semiannual', 'annual', 'baseline_endline', 'baseline_midline_endline', 'followup_3m', 'followup_6m', 'followup_12m', 'per_event', 'continuous']}, 'responsible': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'rationale': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'limitations': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'assumptions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'ethics_notes': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'pitfalls': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}}, 'external_refs': {'type': 'array', 'items': {'type': 'object', 'required': ['vocabulary', 'code'], 'additionalProperties': False, 'properties': {'vocabulary': {'enum': ['usg_f', 'sdg', 'own']}, 'code': {'$ref': '#/$defs/text'}}}}, 'kb_id': {'type': 'string', 'description': 'Id of the knowledge-base indicator this one came from.'}, 'stand_ins': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}}, 'allOf': [{'if': {'properties': {'unit': {'enum': ['percent', 'rate', 'ratio']}}, 'required': ['unit']}, 'then': {'required': ['numerator', 'denominator']}}, {'if': {'properties': {'unit': {'const': 'stage'}}, 'required': ['unit']}, 'then': {'required': ['stages']}}, {'if': {'properties': {'type': {'const': 'milestone'}}, 'required': ['type']}, 'then': {'properties': {'unit': {'enum': ['yes_no', 'stage']}}}}]}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['schema_version', 'profile', 'results_chain', 'indicators']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'title': 'ctguide indicator plan', 'description': "A counter-trafficking project's results chain and its performance indicators. Each indicator is a superset of a USAID PIRS and maps onto IATI 2.03 result/indicator. Rules that JSON Schema cannot express (dates inside the project period, percentage targets at most 100, result ids that exist, unique ids) are checked by ctguide.plan.validate_plan and reported the same way.", 'type': 'object', 'required': ['schema_version', 'profile', 'results_chain', 'indicators'], 'additionalProperties': False, 'properties': {'schema_version': {'enum': ['1.0', '1.1', '1.2'], 'description': "Version of this contract. 1.1 adds the goal, the problem, monitor-only indicators, projections and attribution; 1.2 adds an indicator's stand_ins. Each version only adds optional fields, so 1.0 and 1.1 documents stay valid (and 1.1 documents that ctguide wrote with stand_ins before 1.2 named them)."}, 'goal': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}, 'profile': {'type': 'object', 'required': ['title', 'organisation', 'countries', 'start_date', 'end_date'], 'additionalProperties': False, 'properties': {'title': {'$ref': '#/$defs/text'}, 'organisation': {'$ref': '#/$defs/text'}, 'countries': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/text'}}, 'regions': {'$ref': '#/$defs/textList'}, 'start_date': {'$ref': '#/$defs/date'}, 'end_date': {'$ref': '#/$defs/date'}, 'target_groups': {'$ref': '#/$defs/textList'}, 'donor': {'$ref': '#/$defs/text'}, 'language': {'type': 'string', 'pattern': '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$', 'description': "BCP 47 language tag of the plan's text, e.g. en, fr, es."}, 'summary': {'$ref': '#/$defs/text'}, 'problem': {'$ref': '#/$defs/text', 'description': "The problem the project addresses, in the designer's words."}, 'iati_identifier': {'$ref': '#/$defs/text'}, 'reporting_org': {'type': 'object', 'required': ['ref', 'name'], 'additionalProperties': False, 'properties': {'ref': {'$ref': '#/$defs/text'}, 'name': {'$ref': '#/$defs/text'}, 'type': {'type': 'string', 'pattern': '^[0-9]{2}$'}}}}}, 'results_chain': {'type': 'array', 'description': 'One block per intervention area: its pillar, objective, outcomes and outputs.', 'items': {'type': 'object', 'required': ['area', 'pillar', 'objective', 'outcomes', 'outputs'], 'additionalProperties': False, 'properties': {'area': {'$ref': '#/$defs/slug'}, 'pillar': {'$ref': '#/$defs/pillar'}, 'objective': {'$ref': '#/$defs/resultStatement'}, 'outcomes': {'type': 'array', 'items': {'$ref': '#/$defs/resultStatement'}}, 'outputs': {'type': 'array', 'items': {'$ref': '#/$defs/resultStatement'}}, 'assumptions': {'$ref': '#/$defs/textList'}, 'sector': {'type': 'string', 'pattern': '^[0-9]{5}$', 'description': "The area's DAC/CRS purpose code (5 digits, IATI sector vocabulary 1); overrides the knowledge base's dac_sector for this plan."}}}}, 'indicators': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'statement', 'pillar', 'area', 'result', 'level', 'type', 'unit', 'direction', 'baseline', 'targets', 'means_of_verification', 'frequency', 'responsible'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'pillar': {'$ref': '#/$defs/pillar'}, 'area': {'$ref': '#/$defs/slug'}, 'result': {'$ref': '#/$defs/id'}, 'level': {'enum': ['impact', 'outcome', 'output']}, 'type': {'enum': ['quantitative', 'qualitative', 'milestone']}, 'unit': {'enum': ['number', 'percent', 'rate', 'ratio', 'mean', 'median', 'score', 'amount', 'duration', 'yes_no', 'stage', 'text']}, 'unit_detail': {'$ref': '#/$defs/text'}, 'numerator': {'$ref': '#/$defs/text'}, 'denominator': {'$ref': '#/$defs/text'}, 'direction': {'enum': ['increase', 'decrease', 'maintain', 'reach', 'monitor'], 'description': 'monitor: counted and tracked, never targeted (a count that would reward harm if it were a target); such an indicator has no targets.'}, 'direction_note': {'$ref': '#/$defs/text'}, 'stages': {'type': 'array', 'minItems': 2, 'items': {'$ref': '#/$defs/text'}}, 'definitions': {'type': 'object', 'additionalProperties': {'$ref': '#/$defs/text'}}, 'disaggregation': {'type': 'array', 'items': {'$ref': '#/$defs/disaggregation'}}, 'baseline': {'$ref': '#/$defs/baseline'}, 'targets': {'type': 'array', 'items': {'$ref': '#/$defs/target'}, 'description': 'At least one, except for a monitor-only indicator, which has none (checked by validate_plan).'}, 'projections': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/projection'}, 'description': 'Figures a donor requires for a monitor-only indicator: expectations for planning, never performance targets.'}, 'attributable': {'type': 'boolean', 'description': 'false: a context indicator the project contributes to but cannot be held accountable for (e.g. SDG 16.2.2).'}, 'means_of_verification': {'$ref': '#/$defs/text', 'description': 'Data source: who or what holds the data.'}, 'collection_method': {'$ref': '#/$defs/text', 'description': 'How the data are collected and calculated.'}, 'frequency': {'enum': ['monthly', 'quarterly', 'semiannual', 'annual', 'baseline_endline', 'baseline_midline_endline', 'followup_3m', 'followup_6m', 'followup_12m', 'per_event', 'continuous']}, 'responsible': {'$ref': '#/$defs/text', 'description': 'Role responsible for collecting and reporting the data (a role, not a name).'}, 'rationale': {'$ref': '#/$defs/text'}, 'limitations': {'$ref': '#/$defs/text'}, 'assumptions': {'$ref': '#/$defs/textList'}, 'ethics_notes': {'$ref': '#/$defs/textList'}, 'pitfalls': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}}, 'external_refs': {'type': 'array', 'items': {'$ref': '#/$defs/externalRef'}}, 'kb_id': {'type': 'string', 'description': 'Id of the knowledge-base indicator this one came from.'}, 'stand_ins': {'$ref': '#/$defs/textList', 'description': "Generic wordings put in for the knowledge base's [placeholders] (e.g. 'the programme area'), not the project's own values: review names each one the statement still contains, until the user replaces it. Since 1.2 (optional: plans without it stay valid); ctguide writes a plan that has any as 1.2."}}, 'allOf': [{'if': {'properties': {'unit': {'enum': ['percent', 'rate', 'ratio']}}, 'required': ['unit']}, 'then': {'required': ['numerator', 'denominator']}}, {'if': {'properties': {'unit': {'const': 'stage'}}, 'required': ['unit']}, 'then': {'required': ['stages']}}, {'if': {'properties': {'type': {'const': 'milestone'}}, 'required': ['type']}, 'then': {'properties': {'unit': {'enum': ['yes_no', 'stage']}}}}]}}, 'notes': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'last_updated': {'type': 'string', 'format': 'date'}}, '$defs': {'text': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'textList': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'slug': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'pillar': {'enum': ['prevention', 'protection', 'prosecution', 'partnership']}, 'value': {'type': ['number', 'string', 'boolean']}, 'profile': {'type': 'object', 'required': ['title', 'organisation', 'countries', 'start_date', 'end_date'], 'additionalProperties': False, 'properties': {'title': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'organisation': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'countries': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'regions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'start_date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'end_date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'target_groups': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'donor': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'language': {'type': 'string', 'pattern': '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$', 'description': "BCP 47 language tag of the plan's text, e.g. en, fr, es."}, 'summary': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'problem': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'iati_identifier': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'reporting_org': {'type': 'object', 'required': ['ref', 'name'], 'additionalProperties': False, 'properties': {'ref': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'name': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'type': {'type': 'string', 'pattern': '^[0-9]{2}$'}}}}}, 'resultStatement': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'statement': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'kb_id': {'type': 'string'}, 'assumptions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}}}, 'areaChain': {'type': 'object', 'required': ['area', 'pillar', 'objective', 'outcomes', 'outputs'], 'additionalProperties': False, 'properties': {'area': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'pillar': {'enum': ['prevention', 'protection', 'prosecution', 'partnership']}, 'objective': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}, 'outcomes': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}}, 'outputs': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}}, 'assumptions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'sector': {'type': 'string', 'pattern': '^[0-9]{5}$', 'description': "The area's DAC/CRS purpose code (5 digits, IATI sector vocabulary 1); overrides the knowledge base's dac_sector for this plan."}}}, 'disaggregation': {'type': 'object', 'required': ['code', 'values'], 'additionalProperties': False, 'properties': {'code': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}, 'name': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'values': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}}}, 'baseline': {'type': 'object', 'required': ['status'], 'additionalProperties': False, 'properties': {'status': {'enum': ['known', 'to_be_set'], 'description': 'known: value, date and source are given; to_be_set: planned_date says when it will be measured.'}, 'value': {'type': ['number', 'string', 'boolean']}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'source': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'planned_date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'allOf': [{'if': {'properties': {'status': {'const': 'known'}}, 'required': ['status']}, 'then': {'required': ['value', 'date', 'source']}}, {'if': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}, 'then': {'required': ['planned_date']}}]}, 'target': {'type': 'object', 'required': ['date'], 'additionalProperties': False, 'properties': {'status': {'enum': ['set', 'to_be_set'], 'default': 'set'}, 'value': {'type': ['number', 'string', 'boolean']}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'period_start': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'interim': {'type': 'boolean', 'description': 'true for a milestone on the way to the final target.'}, 'note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'if': {'not': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}}, 'then': {'required': ['value']}}, 'projection': {'type': 'object', 'required': ['value', 'date'], 'additionalProperties': False, 'properties': {'value': {'type': ['number', 'string', 'boolean']}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}}, 'externalRef': {'type': 'object', 'required': ['vocabulary', 'code'], 'additionalProperties': False, 'properties': {'vocabulary': {'enum': ['usg_f', 'sdg', 'own']}, 'code': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}}, 'indicator': {'type': 'object', 'required': ['id', 'statement', 'pillar', 'area', 'result', 'level', 'type', 'unit', 'direction', 'baseline', 'targets', 'means_of_verification', 'frequency', 'responsible'], 'additionalProperties': False, 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'statement': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'pillar': {'enum': ['prevention', 'protection', 'prosecution', 'partnership']}, 'area': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'result': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'level': {'enum': ['impact', 'outcome', 'output']}, 'type': {'enum': ['quantitative', 'qualitative', 'milestone']}, 'unit': {'enum': ['number', 'percent', 'rate', 'ratio', 'mean', 'median', 'score', 'amount', 'duration', 'yes_no', 'stage', 'text']}, 'unit_detail': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'numerator': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'denominator': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'direction': {'enum': ['increase', 'decrease', 'maintain', 'reach', 'monitor'], 'description': 'monitor: counted and tracked, never targeted (a count that would reward harm if it were a target); such an indicator has no targets.'}, 'direction_note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'stages': {'type': 'array', 'minItems': 2, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'definitions': {'type': 'object', 'additionalProperties': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'disaggregation': {'type': 'array', 'items': {'type': 'object', 'required': ['code', 'values'], 'additionalProperties': False, 'properties': {'code': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}, 'name': {'$ref': '#/$defs/text'}, 'values': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/text'}}}}}, 'baseline': {'type': 'object', 'required': ['status'], 'additionalProperties': False, 'properties': {'status': {'enum': ['known', 'to_be_set'], 'description': 'known: value, date and source are given; to_be_set: planned_date says when it will be measured.'}, 'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'source': {'$ref': '#/$defs/text'}, 'planned_date': {'$ref': '#/$defs/date'}, 'note': {'$ref': '#/$defs/text'}}, 'allOf': [{'if': {'properties': {'status': {'const': 'known'}}, 'required': ['status']}, 'then': {'required': ['value', 'date', 'source']}}, {'if': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}, 'then': {'required': ['planned_date']}}]}, 'targets': {'type': 'array', 'items': {'type': 'object', 'required': ['date'], 'additionalProperties': False, 'properties': {'status': {'enum': ['set', 'to_be_set'], 'default': 'set'}, 'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'period_start': {'$ref': '#/$defs/date'}, 'interim': {'type': 'boolean', 'description': 'true for a milestone on the way to the final target.'}, 'note': {'$ref': '#/$defs/text'}}, 'if': {'not': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}}, 'then': {'required': ['value']}}, 'description': 'At least one, except for a monitor-only indicator, which has none (checked by validate_plan).'}, 'projections': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['value', 'date'], 'additionalProperties': False, 'properties': {'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'note': {'$ref': '#/$defs/text'}}}, 'description': 'Figures a donor requires for a monitor-only indicator: expectations for planning, never performance targets.'}, 'attributable': {'type': 'boolean', 'description': 'false: a context indicator the project contributes to but cannot be held accountable for (e.g. SDG 16.2.2).'}, 'means_of_verification': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'collection_method': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'frequency': {'enum': ['monthly', 'quarterly', 'semiannual', 'annual', 'baseline_endline', 'baseline_midline_endline', 'followup_3m', 'followup_6m', 'followup_12m', 'per_event', 'continuous']}, 'responsible': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'rationale': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'limitations': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'assumptions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'ethics_notes': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'pitfalls': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}}, 'external_refs': {'type': 'array', 'items': {'type': 'object', 'required': ['vocabulary', 'code'], 'additionalProperties': False, 'properties': {'vocabulary': {'enum': ['usg_f', 'sdg', 'own']}, 'code': {'$ref': '#/$defs/text'}}}}, 'kb_id': {'type': 'string', 'description': 'Id of the knowledge-base indicator this one came from.'}, 'stand_ins': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}}, 'allOf': [{'if': {'properties': {'unit': {'enum': ['percent', 'rate', 'ratio']}}, 'required': ['unit']}, 'then': {'required': ['numerator', 'denominator']}}, {'if': {'properties': {'unit': {'const': 'stage'}}, 'required': ['unit']}, 'then': {'required': ['stages']}}, {'if': {'properties': {'type': {'const': 'milestone'}}, 'required': ['type']}, 'then': {'properties': {'unit': {'enum': ['yes_no', 'stage']}}}}]}}}, rule='required')
        data_keys = set(data.keys())
        if "schema_version" in data_keys:
            data_keys.remove("schema_version")
            data__schemaversion = data["schema_version"]
            if not (isinstance(data__schemaversion, str) and data__schemaversion == '1.0' or isinstance(data__schemaversion, str) and data__schemaversion == '1.1' or isinstance(data__schemaversion, str) and data__schemaversion == '1.2'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".schema_version must be one of ['1.0', '1.1', '1.2']", value=data__schemaversion, name="" + (name_prefix or "data") + ".schema_version", definition={'enum': ['1.0', '1.1', '1.2'], 'description': "Version of this contract. 1.1 adds the goal, the problem, monitor-only indicators, projections and attribution; 1.2 adds an indicator's stand_ins. Each version only adds optional fields, so 1.0 and 1.1 documents stay valid (and 1.1 documents that ctguide wrote with stand_ins before 1.2 named them)."}, rule='enum')
        if "goal" in data_keys:
            data_keys.remove("goal")
            data__goal = data["goal"]
            validate____defs_resultstatement(data__goal, custom_formats, (name_prefix or "data") + ".goal")
        if "profile" in data_keys:
            data_keys.remove("profile")
            data__profile = data["profile"]
            validate____defs_profile(data__profile, custom_formats, (name_prefix or "data") + ".profile")
        if "results_chain" in data_keys:
            data_keys.remove("results_chain")
            data__resultschain = data["results_chain"]
            if not isinstance(data__resultschain, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".results_chain must be array", value=data__resultschain, name="" + (name_prefix or "data") + ".results_chain", definition={'type': 'array', 'description': 'One block per intervention area: its pillar, objective, outcomes and outputs.', 'items': {'type': 'object', 'required': ['area', 'pillar', 'objective', 'outcomes', 'outputs'], 'additionalProperties': False, 'properties': {'area': {'$ref': '#/$defs/slug'}, 'pillar': {'$ref': '#/$defs/pillar'}, 'objective': {'$ref': '#/$defs/resultStatement'}, 'outcomes': {'type': 'array', 'items': {'$ref': '#/$defs/resultStatement'}}, 'outputs': {'type': 'array', 'items': {'$ref': '#/$defs/resultStatement'}}, 'assumptions': {'$ref': '#/$defs/textList'}, 'sector': {'type': 'string', 'pattern': '^[0-9]{5}$', 'description': "The area's DAC/CRS purpose code (5 digits, IATI sector vocabulary 1); overrides the knowledge base's dac_sector for this plan."}}}}, rule='type')
            data__resultschain_is_list = isinstance(data__resultschain, (list, tuple))
            if data__resultschain_is_list:
                data__resultschain_len = len(data__resultschain)
                for data__resultschain_x, data__resultschain_item in enumerate(data__resultschain):
                    validate____defs_areachain(data__resultschain_item, custom_formats, (name_prefix or "data") + f".results_chain[{data__resultschain_x}]")
        if "indicators" in data_keys:
            data_keys.remove("indicators")
            data__indicators = data["indicators"]
            if not isinstance(data__indicators, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".indicators must be array", value=data__indicators, name="" + (name_prefix or "data") + ".indicators", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'statement', 'pillar', 'area', 'result', 'level', 'type', 'unit', 'direction', 'baseline', 'targets', 'means_of_verification', 'frequency', 'responsible'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'pillar': {'$ref': '#/$defs/pillar'}, 'area': {'$ref': '#/$defs/slug'}, 'result': {'$ref': '#/$defs/id'}, 'level': {'enum': ['impact', 'outcome', 'output']}, 'type': {'enum': ['quantitative', 'qualitative', 'milestone']}, 'unit': {'enum': ['number', 'percent', 'rate', 'ratio', 'mean', 'median', 'score', 'amount', 'duration', 'yes_no', 'stage', 'text']}, 'unit_detail': {'$ref': '#/$defs/text'}, 'numerator': {'$ref': '#/$defs/text'}, 'denominator': {'$ref': '#/$defs/text'}, 'direction': {'enum': ['increase', 'decrease', 'maintain', 'reach', 'monitor'], 'description': 'monitor: counted and tracked, never targeted (a count that would reward harm if it were a target); such an indicator has no targets.'}, 'direction_note': {'$ref': '#/$defs/text'}, 'stages': {'type': 'array', 'minItems': 2, 'items': {'$ref': '#/$defs/text'}}, 'definitions': {'type': 'object', 'additionalProperties': {'$ref': '#/$defs/text'}}, 'disaggregation': {'type': 'array', 'items': {'$ref': '#/$defs/disaggregation'}}, 'baseline': {'$ref': '#/$defs/baseline'}, 'targets': {'type': 'array', 'items': {'$ref': '#/$defs/target'}, 'description': 'At least one, except for a monitor-only indicator, which has none (checked by validate_plan).'}, 'projections': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/projection'}, 'description': 'Figures a donor requires for a monitor-only indicator: expectations for planning, never performance targets.'}, 'attributable': {'type': 'boolean', 'description': 'false: a context indicator the project contributes to but cannot be held accountable for (e.g. SDG 16.2.2).'}, 'means_of_verification': {'$ref': '#/$defs/text', 'description': 'Data source: who or what holds the data.'}, 'collection_method': {'$ref': '#/$defs/text', 'description': 'How the data are collected and calculated.'}, 'frequency': {'enum': ['monthly', 'quarterly', 'semiannual', 'annual', 'baseline_endline', 'baseline_midline_endline', 'followup_3m', 'followup_6m', 'followup_12m', 'per_event', 'continuous']}, 'responsible': {'$ref': '#/$defs/text', 'description': 'Role responsible for collecting and reporting the data (a role, not a name).'}, 'rationale': {'$ref': '#/$defs/text'}, 'limitations': {'$ref': '#/$defs/text'}, 'assumptions': {'$ref': '#/$defs/textList'}, 'ethics_notes': {'$ref': '#/$defs/textList'}, 'pitfalls': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}}, 'external_refs': {'type': 'array', 'items': {'$ref': '#/$defs/externalRef'}}, 'kb_id': {'type': 'string', 'description': 'Id of the knowledge-base indicator this one came from.'}, 'stand_ins': {'$ref': '#/$defs/textList', 'description': "Generic wordings put in for the knowledge base's [placeholders] (e.g. 'the programme area'), not the project's own values: review names each one the statement still contains, until the user replaces it. Since 1.2 (optional: plans without it stay valid); ctguide writes a plan that has any as 1.2."}}, 'allOf': [{'if': {'properties': {'unit': {'enum': ['percent', 'rate', 'ratio']}}, 'required': ['unit']}, 'then': {'required': ['numerator', 'denominator']}}, {'if': {'properties': {'unit': {'const': 'stage'}}, 'required': ['unit']}, 'then': {'required': ['stages']}}, {'if': {'properties': {'type': {'const': 'milestone'}}, 'required': ['type']}, 'then': {'properties': {'unit': {'enum': ['yes_no', 'stage']}}}}]}}, rule='type')
            data__indicators_is_list = isinstance(data__indicators, (list, tuple))
            if data__indicators_is_list:
                data__indicators_len = len(data__indicators)
                for data__indicators_x, data__indicators_item in enumerate(data__indicators):
                    validate____defs_indicator(data__indicators_item, custom_formats, (name_prefix or "data") + f".indicators[{data__indicators_x}]")
        if "notes" in data_keys:
            data_keys.remove("notes")
            data__notes = data["notes"]
            validate____defs_text(data__notes, custom_formats, (name_prefix or "data") + ".notes")
        if "last_updated" in data_keys:
            data_keys.remove("last_updated")
            data__lastupdated = data["last_updated"]
            if not isinstance(data__lastupdated, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_updated must be string", value=data__lastupdated, name="" + (name_prefix or "data") + ".last_updated", definition={'type': 'string', 'format': 'date'}, rule='type')
            if isinstance(data__lastupdated, str):
                if not custom_formats["date"](data__lastupdated):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".last_updated must be date", value=data__lastupdated, name="" + (name_prefix or "data") + ".last_updated", definition={'type': 'string', 'format': 'date'}, rule='format')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'title': 'ctguide indicator plan', 'description': "A counter-trafficking project's results chain and its performance indicators. Each indicator is a superset of a USAID PIRS and maps onto IATI 2.03 result/indicator. Rules that JSON Schema cannot express (dates inside the project period, percentage targets at most 100, result ids that exist, unique ids) are checked by ctguide.plan.validate_plan and reported the same way.", 'type': 'object', 'required': ['schema_version', 'profile', 'results_chain', 'indicators'], 'additionalProperties': False, 'properties': {'schema_version': {'enum': ['1.0', '1.1', '1.2'], 'description': "Version of this contract. 1.1 adds the goal, the problem, monitor-only indicators, projections and attribution; 1.2 adds an indicator's stand_ins. Each version only adds optional fields, so 1.0 and 1.1 documents stay valid (and 1.1 documents that ctguide wrote with stand_ins before 1.2 named them)."}, 'goal': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}, 'profile': {'type': 'object', 'required': ['title', 'organisation', 'countries', 'start_date', 'end_date'], 'additionalProperties': False, 'properties': {'title': {'$ref': '#/$defs/text'}, 'organisation': {'$ref': '#/$defs/text'}, 'countries': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/text'}}, 'regions': {'$ref': '#/$defs/textList'}, 'start_date': {'$ref': '#/$defs/date'}, 'end_date': {'$ref': '#/$defs/date'}, 'target_groups': {'$ref': '#/$defs/textList'}, 'donor': {'$ref': '#/$defs/text'}, 'language': {'type': 'string', 'pattern': '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$', 'description': "BCP 47 language tag of the plan's text, e.g. en, fr, es."}, 'summary': {'$ref': '#/$defs/text'}, 'problem': {'$ref': '#/$defs/text', 'description': "The problem the project addresses, in the designer's words."}, 'iati_identifier': {'$ref': '#/$defs/text'}, 'reporting_org': {'type': 'object', 'required': ['ref', 'name'], 'additionalProperties': False, 'properties': {'ref': {'$ref': '#/$defs/text'}, 'name': {'$ref': '#/$defs/text'}, 'type': {'type': 'string', 'pattern': '^[0-9]{2}$'}}}}}, 'results_chain': {'type': 'array', 'description': 'One block per intervention area: its pillar, objective, outcomes and outputs.', 'items': {'type': 'object', 'required': ['area', 'pillar', 'objective', 'outcomes', 'outputs'], 'additionalProperties': False, 'properties': {'area': {'$ref': '#/$defs/slug'}, 'pillar': {'$ref': '#/$defs/pillar'}, 'objective': {'$ref': '#/$defs/resultStatement'}, 'outcomes': {'type': 'array', 'items': {'$ref': '#/$defs/resultStatement'}}, 'outputs': {'type': 'array', 'items': {'$ref': '#/$defs/resultStatement'}}, 'assumptions': {'$ref': '#/$defs/textList'}, 'sector': {'type': 'string', 'pattern': '^[0-9]{5}$', 'description': "The area's DAC/CRS purpose code (5 digits, IATI sector vocabulary 1); overrides the knowledge base's dac_sector for this plan."}}}}, 'indicators': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'statement', 'pillar', 'area', 'result', 'level', 'type', 'unit', 'direction', 'baseline', 'targets', 'means_of_verification', 'frequency', 'responsible'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'pillar': {'$ref': '#/$defs/pillar'}, 'area': {'$ref': '#/$defs/slug'}, 'result': {'$ref': '#/$defs/id'}, 'level': {'enum': ['impact', 'outcome', 'output']}, 'type': {'enum': ['quantitative', 'qualitative', 'milestone']}, 'unit': {'enum': ['number', 'percent', 'rate', 'ratio', 'mean', 'median', 'score', 'amount', 'duration', 'yes_no', 'stage', 'text']}, 'unit_detail': {'$ref': '#/$defs/text'}, 'numerator': {'$ref': '#/$defs/text'}, 'denominator': {'$ref': '#/$defs/text'}, 'direction': {'enum': ['increase', 'decrease', 'maintain', 'reach', 'monitor'], 'description': 'monitor: counted and tracked, never targeted (a count that would reward harm if it were a target); such an indicator has no targets.'}, 'direction_note': {'$ref': '#/$defs/text'}, 'stages': {'type': 'array', 'minItems': 2, 'items': {'$ref': '#/$defs/text'}}, 'definitions': {'type': 'object', 'additionalProperties': {'$ref': '#/$defs/text'}}, 'disaggregation': {'type': 'array', 'items': {'$ref': '#/$defs/disaggregation'}}, 'baseline': {'$ref': '#/$defs/baseline'}, 'targets': {'type': 'array', 'items': {'$ref': '#/$defs/target'}, 'description': 'At least one, except for a monitor-only indicator, which has none (checked by validate_plan).'}, 'projections': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/projection'}, 'description': 'Figures a donor requires for a monitor-only indicator: expectations for planning, never performance targets.'}, 'attributable': {'type': 'boolean', 'description': 'false: a context indicator the project contributes to but cannot be held accountable for (e.g. SDG 16.2.2).'}, 'means_of_verification': {'$ref': '#/$defs/text', 'description': 'Data source: who or what holds the data.'}, 'collection_method': {'$ref': '#/$defs/text', 'description': 'How the data are collected and calculated.'}, 'frequency': {'enum': ['monthly', 'quarterly', 'semiannual', 'annual', 'baseline_endline', 'baseline_midline_endline', 'followup_3m', 'followup_6m', 'followup_12m', 'per_event', 'continuous']}, 'responsible': {'$ref': '#/$defs/text', 'description': 'Role responsible for collecting and reporting the data (a role, not a name).'}, 'rationale': {'$ref': '#/$defs/text'}, 'limitations': {'$ref': '#/$defs/text'}, 'assumptions': {'$ref': '#/$defs/textList'}, 'ethics_notes': {'$ref': '#/$defs/textList'}, 'pitfalls': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}}, 'external_refs': {'type': 'array', 'items': {'$ref': '#/$defs/externalRef'}}, 'kb_id': {'type': 'string', 'description': 'Id of the knowledge-base indicator this one came from.'}, 'stand_ins': {'$ref': '#/$defs/textList', 'description': "Generic wordings put in for the knowledge base's [placeholders] (e.g. 'the programme area'), not the project's own values: review names each one the statement still contains, until the user replaces it. Since 1.2 (optional: plans without it stay valid); ctguide writes a plan that has any as 1.2."}}, 'allOf': [{'if': {'properties': {'unit': {'enum': ['percent', 'rate', 'ratio']}}, 'required': ['unit']}, 'then': {'required': ['numerator', 'denominator']}}, {'if': {'properties': {'unit': {'const': 'stage'}}, 'required': ['unit']}, 'then': {'required': ['stages']}}, {'if': {'properties': {'type': {'const': 'milestone'}}, 'required': ['type']}, 'then': {'properties': {'unit': {'enum': ['yes_no', 'stage']}}}}]}}, 'notes': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'last_updated': {'type': 'string', 'format': 'date'}}, '$defs': {'text': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'textList': {'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'slug': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'pillar': {'enum': ['prevention', 'protection', 'prosecution', 'partnership']}, 'value': {'type': ['number', 'string', 'boolean']}, 'profile': {'type': 'object', 'required': ['title', 'organisation', 'countries', 'start_date', 'end_date'], 'additionalProperties': False, 'properties': {'title': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'organisation': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'countries': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'regions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'start_date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'end_date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'target_groups': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'donor': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'language': {'type': 'string', 'pattern': '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$', 'description': "BCP 47 language tag of the plan's text, e.g. en, fr, es."}, 'summary': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'problem': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'iati_identifier': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'reporting_org': {'type': 'object', 'required': ['ref', 'name'], 'additionalProperties': False, 'properties': {'ref': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'name': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'type': {'type': 'string', 'pattern': '^[0-9]{2}$'}}}}}, 'resultStatement': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'statement': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'kb_id': {'type': 'string'}, 'assumptions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}}}, 'areaChain': {'type': 'object', 'required': ['area', 'pillar', 'objective', 'outcomes', 'outputs'], 'additionalProperties': False, 'properties': {'area': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'pillar': {'enum': ['prevention', 'protection', 'prosecution', 'partnership']}, 'objective': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}, 'outcomes': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}}, 'outputs': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}}, 'assumptions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'sector': {'type': 'string', 'pattern': '^[0-9]{5}$', 'description': "The area's DAC/CRS purpose code (5 digits, IATI sector vocabulary 1); overrides the knowledge base's dac_sector for this plan."}}}, 'disaggregation': {'type': 'object', 'required': ['code', 'values'], 'additionalProperties': False, 'properties': {'code': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}, 'name': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'values': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}}}, 'baseline': {'type': 'object', 'required': ['status'], 'additionalProperties': False, 'properties': {'status': {'enum': ['known', 'to_be_set'], 'description': 'known: value, date and source are given; to_be_set: planned_date says when it will be measured.'}, 'value': {'type': ['number', 'string', 'boolean']}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'source': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'planned_date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'allOf': [{'if': {'properties': {'status': {'const': 'known'}}, 'required': ['status']}, 'then': {'required': ['value', 'date', 'source']}}, {'if': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}, 'then': {'required': ['planned_date']}}]}, 'target': {'type': 'object', 'required': ['date'], 'additionalProperties': False, 'properties': {'status': {'enum': ['set', 'to_be_set'], 'default': 'set'}, 'value': {'type': ['number', 'string', 'boolean']}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'period_start': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'interim': {'type': 'boolean', 'description': 'true for a milestone on the way to the final target.'}, 'note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'if': {'not': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}}, 'then': {'required': ['value']}}, 'projection': {'type': 'object', 'required': ['value', 'date'], 'additionalProperties': False, 'properties': {'value': {'type': ['number', 'string', 'boolean']}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}}, 'externalRef': {'type': 'object', 'required': ['vocabulary', 'code'], 'additionalProperties': False, 'properties': {'vocabulary': {'enum': ['usg_f', 'sdg', 'own']}, 'code': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}}, 'indicator': {'type': 'object', 'required': ['id', 'statement', 'pillar', 'area', 'result', 'level', 'type', 'unit', 'direction', 'baseline', 'targets', 'means_of_verification', 'frequency', 'responsible'], 'additionalProperties': False, 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'statement': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'pillar': {'enum': ['prevention', 'protection', 'prosecution', 'partnership']}, 'area': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'result': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'level': {'enum': ['impact', 'outcome', 'output']}, 'type': {'enum': ['quantitative', 'qualitative', 'milestone']}, 'unit': {'enum': ['number', 'percent', 'rate', 'ratio', 'mean', 'median', 'score', 'amount', 'duration', 'yes_no', 'stage', 'text']}, 'unit_detail': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'numerator': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'denominator': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'direction': {'enum': ['increase', 'decrease', 'maintain', 'reach', 'monitor'], 'description': 'monitor: counted and tracked, never targeted (a count that would reward harm if it were a target); such an indicator has no targets.'}, 'direction_note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'stages': {'type': 'array', 'minItems': 2, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'definitions': {'type': 'object', 'additionalProperties': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'disaggregation': {'type': 'array', 'items': {'type': 'object', 'required': ['code', 'values'], 'additionalProperties': False, 'properties': {'code': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}, 'name': {'$ref': '#/$defs/text'}, 'values': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/text'}}}}}, 'baseline': {'type': 'object', 'required': ['status'], 'additionalProperties': False, 'properties': {'status': {'enum': ['known', 'to_be_set'], 'description': 'known: value, date and source are given; to_be_set: planned_date says when it will be measured.'}, 'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'source': {'$ref': '#/$defs/text'}, 'planned_date': {'$ref': '#/$defs/date'}, 'note': {'$ref': '#/$defs/text'}}, 'allOf': [{'if': {'properties': {'status': {'const': 'known'}}, 'required': ['status']}, 'then': {'required': ['value', 'date', 'source']}}, {'if': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}, 'then': {'required': ['planned_date']}}]}, 'targets': {'type': 'array', 'items': {'type': 'object', 'required': ['date'], 'additionalProperties': False, 'properties': {'status': {'enum': ['set', 'to_be_set'], 'default': 'set'}, 'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'period_start': {'$ref': '#/$defs/date'}, 'interim': {'type': 'boolean', 'description': 'true for a milestone on the way to the final target.'}, 'note': {'$ref': '#/$defs/text'}}, 'if': {'not': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}}, 'then': {'required': ['value']}}, 'description': 'At least one, except for a monitor-only indicator, which has none (checked by validate_plan).'}, 'projections': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['value', 'date'], 'additionalProperties': False, 'properties': {'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'note': {'$ref': '#/$defs/text'}}}, 'description': 'Figures a donor requires for a monitor-only indicator: expectations for planning, never performance targets.'}, 'attributable': {'type': 'boolean', 'description': 'false: a context indicator the project contributes to but cannot be held accountable for (e.g. SDG 16.2.2).'}, 'means_of_verification': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'collection_method': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'frequency': {'enum': ['monthly', 'quarterly', 'semiannual', 'annual', 'baseline_endline', 'baseline_midline_endline', 'followup_3m', 'followup_6m', 'followup_12m', 'per_event', 'continuous']}, 'responsible': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'rationale': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'limitations': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'assumptions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'ethics_notes': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'pitfalls': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}}, 'external_refs': {'type': 'array', 'items': {'type': 'object', 'required': ['vocabulary', 'code'], 'additionalProperties': False, 'properties': {'vocabulary': {'enum': ['usg_f', 'sdg', 'own']}, 'code': {'$ref': '#/$defs/text'}}}}, 'kb_id': {'type': 'string', 'description': 'Id of the knowledge-base indicator this one came from.'}, 'stand_ins': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}}, 'allOf': [{'if': {'properties': {'unit': {'enum': ['percent', 'rate', 'ratio']}}, 'required': ['unit']}, 'then': {'required': ['numerator', 'denominator']}}, {'if': {'properties': {'unit': {'const': 'stage'}}, 'required': ['unit']}, 'then': {'required': ['stages']}}, {'if': {'properties': {'type': {'const': 'milestone'}}, 'required': ['type']}, 'then': {'properties': {'unit': {'enum': ['yes_no', 'stage']}}}}]}}}, rule='additionalProperties')
    return data

def validate____defs_text(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1, 'pattern': '\\S'}, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1, 'pattern': '\\S'}, rule='minLength')
        if not REGEX_PATTERNS['\\S'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern \\S", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1, 'pattern': '\\S'}, rule='pattern')
    return data

def validate____defs_indicator(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'statement', 'pillar', 'area', 'result', 'level', 'type', 'unit', 'direction', 'baseline', 'targets', 'means_of_verification', 'frequency', 'responsible'], 'additionalProperties': False, 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'statement': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'pillar': {'enum': ['prevention', 'protection', 'prosecution', 'partnership']}, 'area': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'result': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'level': {'enum': ['impact', 'outcome', 'output']}, 'type': {'enum': ['quantitative', 'qualitative', 'milestone']}, 'unit': {'enum': ['number', 'percent', 'rate', 'ratio', 'mean', 'median', 'score', 'amount', 'duration', 'yes_no', 'stage', 'text']}, 'unit_detail': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'numerator': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'denominator': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'direction': {'enum': ['increase', 'decrease', 'maintain', 'reach', 'monitor'], 'description': 'monitor: counted and tracked, never targeted (a count that would reward harm if it were a target); such an indicator has no targets.'}, 'direction_note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'stages': {'type': 'array', 'minItems': 2, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'definitions': {'type': 'object', 'additionalProperties': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'disaggregation': {'type': 'array', 'items': {'type': 'object', 'required': ['code', 'values'], 'additionalProperties': False, 'properties': {'code': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}, 'name': {'$ref': '#/$defs/text'}, 'values': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/text'}}}}}, 'baseline': {'type': 'object', 'required': ['status'], 'additionalProperties': False, 'properties': {'status': {'enum': ['known', 'to_be_set'], 'description': 'known: value, date and source are given; to_be_set: planned_date says when it will be measured.'}, 'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'source': {'$ref': '#/$defs/text'}, 'planned_date': {'$ref': '#/$defs/date'}, 'note': {'$ref': '#/$defs/text'}}, 'allOf': [{'if': {'properties': {'status': {'const': 'known'}}, 'required': ['status']}, 'then': {'required': ['value', 'date', 'source']}}, {'if': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}, 'then': {'required': ['planned_date']}}]}, 'targets': {'type': 'array', 'items': {'type': 'object', 'required': ['date'], 'additionalProperties': False, 'properties': {'status': {'enum': ['set', 'to_be_set'], 'default': 'set'}, 'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'period_start': {'$ref': '#/$defs/date'}, 'interim': {'type': 'boolean', 'description': 'true for a milestone on the way to the final target.'}, 'note': {'$ref': '#/$defs/text'}}, 'if': {'not': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}}, 'then': {'required': ['value']}}, 'description': 'At least one, except for a monitor-only indicator, which has none (checked by validate_plan).'}, 'projections': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['value', 'date'], 'additionalProperties': False, 'properties': {'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'note': {'$ref': '#/$defs/text'}}}, 'description': 'Figures a donor requires for a monitor-only indicator: expectations for planning, never performance targets.'}, 'attributable': {'type': 'boolean', 'description': 'false: a context indicator the project contributes to but cannot be held accountable for (e.g. SDG 16.2.2).'}, 'means_of_verification': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'collection_method': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'frequency': {'enum': ['monthly', 'quarterly', 'semiannual', 'annual', 'baseline_endline', 'baseline_midline_endline', 'followup_3m', 'followup_6m', 'followup_12m', 'per_event', 'continuous']}, 'responsible': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'rationale': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'limitations': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'assumptions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'ethics_notes': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'pitfalls': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}}, 'external_refs': {'type': 'array', 'items': {'type': 'object', 'required': ['vocabulary', 'code'], 'additionalProperties': False, 'properties': {'vocabulary': {'enum': ['usg_f', 'sdg', 'own']}, 'code': {'$ref': '#/$defs/text'}}}}, 'kb_id': {'type': 'string', 'description': 'Id of the knowledge-base indicator this one came from.'}, 'stand_ins': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}}, 'allOf': [{'if': {'properties': {'unit': {'enum': ['percent', 'rate', 'ratio']}}, 'required': ['unit']}, 'then': {'required': ['numerator', 'denominator']}}, {'if': {'properties': {'unit': {'const': 'stage'}}, 'required': ['unit']}, 'then': {'required': ['stages']}}, {'if': {'properties': {'type': {'const': 'milestone'}}, 'required': ['type']}, 'then': {'properties': {'unit': {'enum': ['yes_no', 'stage']}}}}]}, rule='type')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['unit']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'unit': {'enum': ['percent', 'rate', 'ratio']}}, 'required': ['unit']}, rule='required')
            data_keys = set(data.keys())
            if "unit" in data_keys:
                data_keys.remove("unit")
                data__unit = data["unit"]
                if not (isinstance(data__unit, str) and data__unit == 'percent' or isinstance(data__unit, str) and data__unit == 'rate' or isinstance(data__unit, str) and data__unit == 'ratio'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be one of ['percent', 'rate', 'ratio']", value=data__unit, name="" + (name_prefix or "data") + ".unit", definition={'enum': ['percent', 'rate', 'ratio']}, rule='enum')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['numerator', 'denominator']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['numerator', 'denominator']}, rule='required')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['unit']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'unit': {'const': 'stage'}}, 'required': ['unit']}, rule='required')
            data_keys = set(data.keys())
            if "unit" in data_keys:
                data_keys.remove("unit")
                data__unit = data["unit"]
                if not (isinstance(data__unit, str) and data__unit == 'stage'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be same as const definition: stage", value=data__unit, name="" + (name_prefix or "data") + ".unit", definition={'const': 'stage'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['stages']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['stages']}, rule='required')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['type']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'type': {'const': 'milestone'}}, 'required': ['type']}, rule='required')
            data_keys = set(data.keys())
            if "type" in data_keys:
                data_keys.remove("type")
                data__type = data["type"]
                if not (isinstance(data__type, str) and data__type == 'milestone'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be same as const definition: milestone", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'const': 'milestone'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "unit" in data_keys:
                data_keys.remove("unit")
                data__unit = data["unit"]
                if not (isinstance(data__unit, str) and data__unit == 'yes_no' or isinstance(data__unit, str) and data__unit == 'stage'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be one of ['yes_no', 'stage']", value=data__unit, name="" + (name_prefix or "data") + ".unit", definition={'enum': ['yes_no', 'stage']}, rule='enum')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'statement', 'pillar', 'area', 'result', 'level', 'type', 'unit', 'direction', 'baseline', 'targets', 'means_of_verification', 'frequency', 'responsible']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'statement', 'pillar', 'area', 'result', 'level', 'type', 'unit', 'direction', 'baseline', 'targets', 'means_of_verification', 'frequency', 'responsible'], 'additionalProperties': False, 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'statement': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'pillar': {'enum': ['prevention', 'protection', 'prosecution', 'partnership']}, 'area': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'result': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'level': {'enum': ['impact', 'outcome', 'output']}, 'type': {'enum': ['quantitative', 'qualitative', 'milestone']}, 'unit': {'enum': ['number', 'percent', 'rate', 'ratio', 'mean', 'median', 'score', 'amount', 'duration', 'yes_no', 'stage', 'text']}, 'unit_detail': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'numerator': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'denominator': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'direction': {'enum': ['increase', 'decrease', 'maintain', 'reach', 'monitor'], 'description': 'monitor: counted and tracked, never targeted (a count that would reward harm if it were a target); such an indicator has no targets.'}, 'direction_note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'stages': {'type': 'array', 'minItems': 2, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'definitions': {'type': 'object', 'additionalProperties': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'disaggregation': {'type': 'array', 'items': {'type': 'object', 'required': ['code', 'values'], 'additionalProperties': False, 'properties': {'code': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}, 'name': {'$ref': '#/$defs/text'}, 'values': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/text'}}}}}, 'baseline': {'type': 'object', 'required': ['status'], 'additionalProperties': False, 'properties': {'status': {'enum': ['known', 'to_be_set'], 'description': 'known: value, date and source are given; to_be_set: planned_date says when it will be measured.'}, 'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'source': {'$ref': '#/$defs/text'}, 'planned_date': {'$ref': '#/$defs/date'}, 'note': {'$ref': '#/$defs/text'}}, 'allOf': [{'if': {'properties': {'status': {'const': 'known'}}, 'required': ['status']}, 'then': {'required': ['value', 'date', 'source']}}, {'if': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}, 'then': {'required': ['planned_date']}}]}, 'targets': {'type': 'array', 'items': {'type': 'object', 'required': ['date'], 'additionalProperties': False, 'properties': {'status': {'enum': ['set', 'to_be_set'], 'default': 'set'}, 'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'period_start': {'$ref': '#/$defs/date'}, 'interim': {'type': 'boolean', 'description': 'true for a milestone on the way to the final target.'}, 'note': {'$ref': '#/$defs/text'}}, 'if': {'not': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}}, 'then': {'required': ['value']}}, 'description': 'At least one, except for a monitor-only indicator, which has none (checked by validate_plan).'}, 'projections': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['value', 'date'], 'additionalProperties': False, 'properties': {'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'note': {'$ref': '#/$defs/text'}}}, 'description': 'Figures a donor requires for a monitor-only indicator: expectations for planning, never performance targets.'}, 'attributable': {'type': 'boolean', 'description': 'false: a context indicator the project contributes to but cannot be held accountable for (e.g. SDG 16.2.2).'}, 'means_of_verification': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'collection_method': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'frequency': {'enum': ['monthly', 'quarterly', 'semiannual', 'annual', 'baseline_endline', 'baseline_midline_endline', 'followup_3m', 'followup_6m', 'followup_12m', 'per_event', 'continuous']}, 'responsible': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'rationale': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'limitations': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'assumptions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'ethics_notes': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'pitfalls': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}}, 'external_refs': {'type': 'array', 'items': {'type': 'object', 'required': ['vocabulary', 'code'], 'additionalProperties': False, 'properties': {'vocabulary': {'enum': ['usg_f', 'sdg', 'own']}, 'code': {'$ref': '#/$defs/text'}}}}, 'kb_id': {'type': 'string', 'description': 'Id of the knowledge-base indicator this one came from.'}, 'stand_ins': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}}, 'allOf': [{'if': {'properties': {'unit': {'enum': ['percent', 'rate', 'ratio']}}, 'required': ['unit']}, 'then': {'required': ['numerator', 'denominator']}}, {'if': {'properties': {'unit': {'const': 'stage'}}, 'required': ['unit']}, 'then': {'required': ['stages']}}, {'if': {'properties': {'type': {'const': 'milestone'}}, 'required': ['type']}, 'then': {'properties': {'unit': {'enum': ['yes_no', 'stage']}}}}]}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate____defs_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "statement" in data_keys:
            data_keys.remove("statement")
            data__statement = data["statement"]
            validate____defs_text(data__statement, custom_formats, (name_prefix or "data") + ".statement")
        if "pillar" in data_keys:
            data_keys.remove("pillar")
            data__pillar = data["pillar"]
            validate____defs_pillar(data__pillar, custom_formats, (name_prefix or "data") + ".pillar")
        if "area" in data_keys:
            data_keys.remove("area")
            data__area = data["area"]
            validate____defs_slug(data__area, custom_formats, (name_prefix or "data") + ".area")
        if "result" in data_keys:
            data_keys.remove("result")
            data__result = data["result"]
            validate____defs_id(data__result, custom_formats, (name_prefix or "data") + ".result")
        if "level" in data_keys:
            data_keys.remove("level")
            data__level = data["level"]
            if not (isinstance(data__level, str) and data__level == 'impact' or isinstance(data__level, str) and data__level == 'outcome' or isinstance(data__level, str) and data__level == 'output'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must be one of ['impact', 'outcome', 'output']", value=data__level, name="" + (name_prefix or "data") + ".level", definition={'enum': ['impact', 'outcome', 'output']}, rule='enum')
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not (isinstance(data__type, str) and data__type == 'quantitative' or isinstance(data__type, str) and data__type == 'qualitative' or isinstance(data__type, str) and data__type == 'milestone'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be one of ['quantitative', 'qualitative', 'milestone']", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'enum': ['quantitative', 'qualitative', 'milestone']}, rule='enum')
        if "unit" in data_keys:
            data_keys.remove("unit")
            data__unit = data["unit"]
            if not (isinstance(data__unit, str) and data__unit == 'number' or isinstance(data__unit, str) and data__unit == 'percent' or isinstance(data__unit, str) and data__unit == 'rate' or isinstance(data__unit, str) and data__unit == 'ratio' or isinstance(data__unit, str) and data__unit == 'mean' or isinstance(data__unit, str) and data__unit == 'median' or isinstance(data__unit, str) and data__unit == 'score' or isinstance(data__unit, str) and data__unit == 'amount' or isinstance(data__unit, str) and data__unit == 'duration' or isinstance(data__unit, str) and data__unit == 'yes_no' or isinstance(data__unit, str) and data__unit == 'stage' or isinstance(data__unit, str) and data__unit == 'text'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be one of ['number', 'percent', 'rate', 'ratio', 'mean', 'median', 'score', 'amount', 'duration', 'yes_no', 'stage', 'text']", value=data__unit, name="" + (name_prefix or "data") + ".unit", definition={'enum': ['number', 'percent', 'rate', 'ratio', 'mean', 'median', 'score', 'amount', 'duration', 'yes_no', 'stage', 'text']}, rule='enum')
        if "unit_detail" in data_keys:
            data_keys.remove("unit_detail")
            data__unitdetail = data["unit_detail"]
            validate____defs_text(data__unitdetail, custom_formats, (name_prefix or "data") + ".unit_detail")
        if "numerator" in data_keys:
            data_keys.remove("numerator")
            data__numerator = data["numerator"]
            validate____defs_text(data__numerator, custom_formats, (name_prefix or "data") + ".numerator")
        if "denominator" in data_keys:
            data_keys.remove("denominator")
            data__denominator = data["denominator"]
            validate____defs_text(data__denominator, custom_formats, (name_prefix or "data") + ".denominator")
        if "direction" in data_keys:
            data_keys.remove("direction")
            data__direction = data["direction"]
            if not (isinstance(data__direction, str) and data__direction == 'increase' or isinstance(data__direction, str) and data__direction == 'decrease' or isinstance(data__direction, str) and data__direction == 'maintain' or isinstance(data__direction, str) and data__direction == 'reach' or isinstance(data__direction, str) and data__direction == 'monitor'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".direction must be one of ['increase', 'decrease', 'maintain', 'reach', 'monitor']", value=data__direction, name="" + (name_prefix or "data") + ".direction", definition={'enum': ['increase', 'decrease', 'maintain', 'reach', 'monitor'], 'description': 'monitor: counted and tracked, never targeted (a count that would reward harm if it were a target); such an indicator has no targets.'}, rule='enum')
        if "direction_note" in data_keys:
            data_keys.remove("direction_note")
            data__directionnote = data["direction_note"]
            validate____defs_text(data__directionnote, custom_formats, (name_prefix or "data") + ".direction_note")
        if "stages" in data_keys:
            data_keys.remove("stages")
            data__stages = data["stages"]
            if not isinstance(data__stages, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".stages must be array", value=data__stages, name="" + (name_prefix or "data") + ".stages", definition={'type': 'array', 'minItems': 2, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, rule='type')
            data__stages_is_list = isinstance(data__stages, (list, tuple))
            if data__stages_is_list:
                data__stages_len = len(data__stages)
                if data__stages_len < 2:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".stages must contain at least 2 items", value=data__stages, name="" + (name_prefix or "data") + ".stages", definition={'type': 'array', 'minItems': 2, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, rule='minItems')
                for data__stages_x, data__stages_item in enumerate(data__stages):
                    validate____defs_text(data__stages_item, custom_formats, (name_prefix or "data") + f".stages[{data__stages_x}]")
        if "definitions" in data_keys:
            data_keys.remove("definitions")
            data__definitions = data["definitions"]
            if not isinstance(data__definitions, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".definitions must be object", value=data__definitions, name="" + (name_prefix or "data") + ".definitions", definition={'type': 'object', 'additionalProperties': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, rule='type')
            data__definitions_is_dict = isinstance(data__definitions, dict)
            if data__definitions_is_dict:
                data__definitions_keys = set(data__definitions.keys())
                for data__definitions_key in data__definitions_keys:
                    if data__definitions_key not in []:
                        data__definitions_value = data__definitions.get(data__definitions_key)
                        validate____defs_text(data__definitions_value, custom_formats, (name_prefix or "data") + f".definitions.{data__definitions_key}")
        if "disaggregation" in data_keys:
            data_keys.remove("disaggregation")
            data__disaggregation = data["disaggregation"]
            if not isinstance(data__disaggregation, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".disaggregation must be array", value=data__disaggregation, name="" + (name_prefix or "data") + ".disaggregation", definition={'type': 'array', 'items': {'type': 'object', 'required': ['code', 'values'], 'additionalProperties': False, 'properties': {'code': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}, 'name': {'$ref': '#/$defs/text'}, 'values': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/text'}}}}}, rule='type')
            data__disaggregation_is_list = isinstance(data__disaggregation, (list, tuple))
            if data__disaggregation_is_list:
                data__disaggregation_len = len(data__disaggregation)
                for data__disaggregation_x, data__disaggregation_item in enumerate(data__disaggregation):
                    validate____defs_disaggregation(data__disaggregation_item, custom_formats, (name_prefix or "data") + f".disaggregation[{data__disaggregation_x}]")
        if "baseline" in data_keys:
            data_keys.remove("baseline")
            data__baseline = data["baseline"]
            validate____defs_baseline(data__baseline, custom_formats, (name_prefix or "data") + ".baseline")
        if "targets" in data_keys:
            data_keys.remove("targets")
            data__targets = data["targets"]
            if not isinstance(data__targets, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".targets must be array", value=data__targets, name="" + (name_prefix or "data") + ".targets", definition={'type': 'array', 'items': {'type': 'object', 'required': ['date'], 'additionalProperties': False, 'properties': {'status': {'enum': ['set', 'to_be_set'], 'default': 'set'}, 'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'period_start': {'$ref': '#/$defs/date'}, 'interim': {'type': 'boolean', 'description': 'true for a milestone on the way to the final target.'}, 'note': {'$ref': '#/$defs/text'}}, 'if': {'not': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}}, 'then': {'required': ['value']}}, 'description': 'At least one, except for a monitor-only indicator, which has none (checked by validate_plan).'}, rule='type')
            data__targets_is_list = isinstance(data__targets, (list, tuple))
            if data__targets_is_list:
                data__targets_len = len(data__targets)
                for data__targets_x, data__targets_item in enumerate(data__targets):
                    validate____defs_target(data__targets_item, custom_formats, (name_prefix or "data") + f".targets[{data__targets_x}]")
        if "projections" in data_keys:
            data_keys.remove("projections")
            data__projections = data["projections"]
            if not isinstance(data__projections, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".projections must be array", value=data__projections, name="" + (name_prefix or "data") + ".projections", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['value', 'date'], 'additionalProperties': False, 'properties': {'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'note': {'$ref': '#/$defs/text'}}}, 'description': 'Figures a donor requires for a monitor-only indicator: expectations for planning, never performance targets.'}, rule='type')
            data__projections_is_list = isinstance(data__projections, (list, tuple))
            if data__projections_is_list:
                data__projections_len = len(data__projections)
                if data__projections_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".projections must contain at least 1 items", value=data__projections, name="" + (name_prefix or "data") + ".projections", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['value', 'date'], 'additionalProperties': False, 'properties': {'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'note': {'$ref': '#/$defs/text'}}}, 'description': 'Figures a donor requires for a monitor-only indicator: expectations for planning, never performance targets.'}, rule='minItems')
                for data__projections_x, data__projections_item in enumerate(data__projections):
                    validate____defs_projection(data__projections_item, custom_formats, (name_prefix or "data") + f".projections[{data__projections_x}]")
        if "attributable" in data_keys:
            data_keys.remove("attributable")
            data__attributable = data["attributable"]
            if not isinstance(data__attributable, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".attributable must be boolean", value=data__attributable, name="" + (name_prefix or "data") + ".attributable", definition={'type': 'boolean', 'description': 'false: a context indicator the project contributes to but cannot be held accountable for (e.g. SDG 16.2.2).'}, rule='type')
        if "means_of_verification" in data_keys:
            data_keys.remove("means_of_verification")
            data__meansofverification = data["means_of_verification"]
            validate____defs_text(data__meansofverification, custom_formats, (name_prefix or "data") + ".means_of_verification")
        if "collection_method" in data_keys:
            data_keys.remove("collection_method")
            data__collectionmethod = data["collection_method"]
            validate____defs_text(data__collectionmethod, custom_formats, (name_prefix or "data") + ".collection_method")
        if "frequency" in data_keys:
            data_keys.remove("frequency")
            data__frequency = data["frequency"]
            if not (isinstance(data__frequency, str) and data__frequency == 'monthly' or isinstance(data__frequency, str) and data__frequency == 'quarterly' or isinstance(data__frequency, str) and data__frequency == 'semiannual' or isinstance(data__frequency, str) and data__frequency == 'annual' or isinstance(data__frequency, str) and data__frequency == 'baseline_endline' or isinstance(data__frequency, str) and data__frequency == 'baseline_midline_endline' or isinstance(data__frequency, str) and data__frequency == 'followup_3m' or isinstance(data__frequency, str) and data__frequency == 'followup_6m' or isinstance(data__frequency, str) and data__frequency == 'followup_12m' or isinstance(data__frequency, str) and data__frequency == 'per_event' or isinstance(data__frequency, str) and data__frequency == 'continuous'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".frequency must be one of ['monthly', 'quarterly', 'semiannual', 'annual', 'baseline_endline', 'baseline_midline_endline', 'followup_3m', 'followup_6m', 'followup_12m', 'per_event', 'continuous']", value=data__frequency, name="" + (name_prefix or "data") + ".frequency", definition={'enum': ['monthly', 'quarterly', 'semiannual', 'annual', 'baseline_endline', 'baseline_midline_endline', 'followup_3m', 'followup_6m', 'followup_12m', 'per_event', 'continuous']}, rule='enum')
        if "responsible" in data_keys:
            data_keys.remove("responsible")
            data__responsible = data["responsible"]
            validate____defs_text(data__responsible, custom_formats, (name_prefix or "data") + ".responsible")
        if "rationale" in data_keys:
            data_keys.remove("rationale")
            data__rationale = data["rationale"]
            validate____defs_text(data__rationale, custom_formats, (name_prefix or "data") + ".rationale")
        if "limitations" in data_keys:
            data_keys.remove("limitations")
            data__limitations = data["limitations"]
            validate____defs_text(data__limitations, custom_formats, (name_prefix or "data") + ".limitations")
        if "assumptions" in data_keys:
            data_keys.remove("assumptions")
            data__assumptions = data["assumptions"]
            validate____defs_textlist(data__assumptions, custom_formats, (name_prefix or "data") + ".assumptions")
        if "ethics_notes" in data_keys:
            data_keys.remove("ethics_notes")
            data__ethicsnotes = data["ethics_notes"]
            validate____defs_textlist(data__ethicsnotes, custom_formats, (name_prefix or "data") + ".ethics_notes")
        if "pitfalls" in data_keys:
            data_keys.remove("pitfalls")
            data__pitfalls = data["pitfalls"]
            if not isinstance(data__pitfalls, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".pitfalls must be array", value=data__pitfalls, name="" + (name_prefix or "data") + ".pitfalls", definition={'type': 'array', 'items': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}}, rule='type')
            data__pitfalls_is_list = isinstance(data__pitfalls, (list, tuple))
            if data__pitfalls_is_list:
                data__pitfalls_len = len(data__pitfalls)
                for data__pitfalls_x, data__pitfalls_item in enumerate(data__pitfalls):
                    if not isinstance(data__pitfalls_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + f".pitfalls[{data__pitfalls_x}]" + " must be string", value=data__pitfalls_item, name="" + (name_prefix or "data") + f".pitfalls[{data__pitfalls_x}]" + "", definition={'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}, rule='type')
                    if isinstance(data__pitfalls_item, str):
                        if not REGEX_PATTERNS['^[A-Z][A-Z0-9_]{0,11}$'].search(data__pitfalls_item):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + f".pitfalls[{data__pitfalls_x}]" + " must match pattern ^[A-Z][A-Z0-9_]{0,11}$", value=data__pitfalls_item, name="" + (name_prefix or "data") + f".pitfalls[{data__pitfalls_x}]" + "", definition={'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}, rule='pattern')
        if "external_refs" in data_keys:
            data_keys.remove("external_refs")
            data__externalrefs = data["external_refs"]
            if not isinstance(data__externalrefs, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".external_refs must be array", value=data__externalrefs, name="" + (name_prefix or "data") + ".external_refs", definition={'type': 'array', 'items': {'type': 'object', 'required': ['vocabulary', 'code'], 'additionalProperties': False, 'properties': {'vocabulary': {'enum': ['usg_f', 'sdg', 'own']}, 'code': {'$ref': '#/$defs/text'}}}}, rule='type')
            data__externalrefs_is_list = isinstance(data__externalrefs, (list, tuple))
            if data__externalrefs_is_list:
                data__externalrefs_len = len(data__externalrefs)
                for data__externalrefs_x, data__externalrefs_item in enumerate(data__externalrefs):
                    validate____defs_externalref(data__externalrefs_item, custom_formats, (name_prefix or "data") + f".external_refs[{data__externalrefs_x}]")
        if "kb_id" in data_keys:
            data_keys.remove("kb_id")
            data__kbid = data["kb_id"]
            if not isinstance(data__kbid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kb_id must be string", value=data__kbid, name="" + (name_prefix or "data") + ".kb_id", definition={'type': 'string', 'description': 'Id of the knowledge-base indicator this one came from.'}, rule='type')
        if "stand_ins" in data_keys:
            data_keys.remove("stand_ins")
            data__standins = data["stand_ins"]
            validate____defs_textlist(data__standins, custom_formats, (name_prefix or "data") + ".stand_ins")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'statement', 'pillar', 'area', 'result', 'level', 'type', 'unit', 'direction', 'baseline', 'targets', 'means_of_verification', 'frequency', 'responsible'], 'additionalProperties': False, 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'statement': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'pillar': {'enum': ['prevention', 'protection', 'prosecution', 'partnership']}, 'area': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'result': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'level': {'enum': ['impact', 'outcome', 'output']}, 'type': {'enum': ['quantitative', 'qualitative', 'milestone']}, 'unit': {'enum': ['number', 'percent', 'rate', 'ratio', 'mean', 'median', 'score', 'amount', 'duration', 'yes_no', 'stage', 'text']}, 'unit_detail': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'numerator': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'denominator': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'direction': {'enum': ['increase', 'decrease', 'maintain', 'reach', 'monitor'], 'description': 'monitor: counted and tracked, never targeted (a count that would reward harm if it were a target); such an indicator has no targets.'}, 'direction_note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'stages': {'type': 'array', 'minItems': 2, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'definitions': {'type': 'object', 'additionalProperties': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'disaggregation': {'type': 'array', 'items': {'type': 'object', 'required': ['code', 'values'], 'additionalProperties': False, 'properties': {'code': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}, 'name': {'$ref': '#/$defs/text'}, 'values': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/text'}}}}}, 'baseline': {'type': 'object', 'required': ['status'], 'additionalProperties': False, 'properties': {'status': {'enum': ['known', 'to_be_set'], 'description': 'known: value, date and source are given; to_be_set: planned_date says when it will be measured.'}, 'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'source': {'$ref': '#/$defs/text'}, 'planned_date': {'$ref': '#/$defs/date'}, 'note': {'$ref': '#/$defs/text'}}, 'allOf': [{'if': {'properties': {'status': {'const': 'known'}}, 'required': ['status']}, 'then': {'required': ['value', 'date', 'source']}}, {'if': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}, 'then': {'required': ['planned_date']}}]}, 'targets': {'type': 'array', 'items': {'type': 'object', 'required': ['date'], 'additionalProperties': False, 'properties': {'status': {'enum': ['set', 'to_be_set'], 'default': 'set'}, 'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'period_start': {'$ref': '#/$defs/date'}, 'interim': {'type': 'boolean', 'description': 'true for a milestone on the way to the final target.'}, 'note': {'$ref': '#/$defs/text'}}, 'if': {'not': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}}, 'then': {'required': ['value']}}, 'description': 'At least one, except for a monitor-only indicator, which has none (checked by validate_plan).'}, 'projections': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['value', 'date'], 'additionalProperties': False, 'properties': {'value': {'$ref': '#/$defs/value'}, 'date': {'$ref': '#/$defs/date'}, 'note': {'$ref': '#/$defs/text'}}}, 'description': 'Figures a donor requires for a monitor-only indicator: expectations for planning, never performance targets.'}, 'attributable': {'type': 'boolean', 'description': 'false: a context indicator the project contributes to but cannot be held accountable for (e.g. SDG 16.2.2).'}, 'means_of_verification': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'collection_method': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'frequency': {'enum': ['monthly', 'quarterly', 'semiannual', 'annual', 'baseline_endline', 'baseline_midline_endline', 'followup_3m', 'followup_6m', 'followup_12m', 'per_event', 'continuous']}, 'responsible': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'rationale': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'limitations': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'assumptions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'ethics_notes': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'pitfalls': {'type': 'array', 'items': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}}, 'external_refs': {'type': 'array', 'items': {'type': 'object', 'required': ['vocabulary', 'code'], 'additionalProperties': False, 'properties': {'vocabulary': {'enum': ['usg_f', 'sdg', 'own']}, 'code': {'$ref': '#/$defs/text'}}}}, 'kb_id': {'type': 'string', 'description': 'Id of the knowledge-base indicator this one came from.'}, 'stand_ins': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}}, 'allOf': [{'if': {'properties': {'unit': {'enum': ['percent', 'rate', 'ratio']}}, 'required': ['unit']}, 'then': {'required': ['numerator', 'denominator']}}, {'if': {'properties': {'unit': {'const': 'stage'}}, 'required': ['unit']}, 'then': {'required': ['stages']}}, {'if': {'properties': {'type': {'const': 'milestone'}}, 'required': ['type']}, 'then': {'properties': {'unit': {'enum': ['yes_no', 'stage']}}}}]}, rule='additionalProperties')
    return data

def validate____defs_externalref(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['vocabulary', 'code'], 'additionalProperties': False, 'properties': {'vocabulary': {'enum': ['usg_f', 'sdg', 'own']}, 'code': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['vocabulary', 'code']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['vocabulary', 'code'], 'additionalProperties': False, 'properties': {'vocabulary': {'enum': ['usg_f', 'sdg', 'own']}, 'code': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}}, rule='required')
        data_keys = set(data.keys())
        if "vocabulary" in data_keys:
            data_keys.remove("vocabulary")
            data__vocabulary = data["vocabulary"]
            if not (isinstance(data__vocabulary, str) and data__vocabulary == 'usg_f' or isinstance(data__vocabulary, str) and data__vocabulary == 'sdg' or isinstance(data__vocabulary, str) and data__vocabulary == 'own'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".vocabulary must be one of ['usg_f', 'sdg', 'own']", value=data__vocabulary, name="" + (name_prefix or "data") + ".vocabulary", definition={'enum': ['usg_f', 'sdg', 'own']}, rule='enum')
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            validate____defs_text(data__code, custom_formats, (name_prefix or "data") + ".code")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['vocabulary', 'code'], 'additionalProperties': False, 'properties': {'vocabulary': {'enum': ['usg_f', 'sdg', 'own']}, 'code': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}}, rule='additionalProperties')
    return data

def validate____defs_textlist(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be array", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, rule='type')
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate____defs_text(data_item, custom_formats, (name_prefix or "data") + f"[{data_x}]")
    return data

def validate____defs_projection(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['value', 'date'], 'additionalProperties': False, 'properties': {'value': {'type': ['number', 'string', 'boolean']}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['value', 'date']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['value', 'date'], 'additionalProperties': False, 'properties': {'value': {'type': ['number', 'string', 'boolean']}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}}, rule='required')
        data_keys = set(data.keys())
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
            validate____defs_value(data__value, custom_formats, (name_prefix or "data") + ".value")
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            validate____defs_date(data__date, custom_formats, (name_prefix or "data") + ".date")
        if "note" in data_keys:
            data_keys.remove("note")
            data__note = data["note"]
            validate____defs_text(data__note, custom_formats, (name_prefix or "data") + ".note")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['value', 'date'], 'additionalProperties': False, 'properties': {'value': {'type': ['number', 'string', 'boolean']}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}}, rule='additionalProperties')
    return data

def validate____defs_date(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[0-9]{4}-[0-9]{2}-[0-9]{2}$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, rule='pattern')
        if not custom_formats["date"](data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be date", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, rule='format')
    return data

def validate____defs_value(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (int, float, Decimal, str, bool)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be number or string or boolean", value=data, name="" + (name_prefix or "data") + "", definition={'type': ['number', 'string', 'boolean']}, rule='type')
    return data

def validate____defs_target(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['date'], 'additionalProperties': False, 'properties': {'status': {'enum': ['set', 'to_be_set'], 'default': 'set'}, 'value': {'type': ['number', 'string', 'boolean']}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'period_start': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'interim': {'type': 'boolean', 'description': 'true for a milestone on the way to the final target.'}, 'note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'if': {'not': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}}, 'then': {'required': ['value']}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['date']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['date'], 'additionalProperties': False, 'properties': {'status': {'enum': ['set', 'to_be_set'], 'default': 'set'}, 'value': {'type': ['number', 'string', 'boolean']}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'period_start': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'interim': {'type': 'boolean', 'description': 'true for a milestone on the way to the final target.'}, 'note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'if': {'not': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}}, 'then': {'required': ['value']}}, rule='required')
        data_keys = set(data.keys())
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not (isinstance(data__status, str) and data__status == 'set' or isinstance(data__status, str) and data__status == 'to_be_set'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be one of ['set', 'to_be_set']", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'enum': ['set', 'to_be_set'], 'default': 'set'}, rule='enum')
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
            validate____defs_value(data__value, custom_formats, (name_prefix or "data") + ".value")
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            validate____defs_date(data__date, custom_formats, (name_prefix or "data") + ".date")
        if "period_start" in data_keys:
            data_keys.remove("period_start")
            data__periodstart = data["period_start"]
            validate____defs_date(data__periodstart, custom_formats, (name_prefix or "data") + ".period_start")
        if "interim" in data_keys:
            data_keys.remove("interim")
            data__interim = data["interim"]
            if not isinstance(data__interim, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".interim must be boolean", value=data__interim, name="" + (name_prefix or "data") + ".interim", definition={'type': 'boolean', 'description': 'true for a milestone on the way to the final target.'}, rule='type')
        if "note" in data_keys:
            data_keys.remove("note")
            data__note = data["note"]
            validate____defs_text(data__note, custom_formats, (name_prefix or "data") + ".note")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['date'], 'additionalProperties': False, 'properties': {'status': {'enum': ['set', 'to_be_set'], 'default': 'set'}, 'value': {'type': ['number', 'string', 'boolean']}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'period_start': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'interim': {'type': 'boolean', 'description': 'true for a milestone on the way to the final target.'}, 'note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'if': {'not': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}}, 'then': {'required': ['value']}}, rule='additionalProperties')
    try:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['status']) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}, rule='required')
                data_keys = set(data.keys())
                if "status" in data_keys:
                    data_keys.remove("status")
                    data__status = data["status"]
                    if not (isinstance(data__status, str) and data__status == 'to_be_set'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be same as const definition: to_be_set", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'const': 'to_be_set'}, rule='const')
        except (JsonSchemaValueException, JsonSchemaValuesException): pass
        else:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must NOT match a disallowed definition", value=data, name="" + (name_prefix or "data") + "", definition={'not': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}}, rule='not')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['value']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['value']}, rule='required')
    return data

def validate____defs_baseline(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['status'], 'additionalProperties': False, 'properties': {'status': {'enum': ['known', 'to_be_set'], 'description': 'known: value, date and source are given; to_be_set: planned_date says when it will be measured.'}, 'value': {'type': ['number', 'string', 'boolean']}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'source': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'planned_date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'allOf': [{'if': {'properties': {'status': {'const': 'known'}}, 'required': ['status']}, 'then': {'required': ['value', 'date', 'source']}}, {'if': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}, 'then': {'required': ['planned_date']}}]}, rule='type')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['status']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'status': {'const': 'known'}}, 'required': ['status']}, rule='required')
            data_keys = set(data.keys())
            if "status" in data_keys:
                data_keys.remove("status")
                data__status = data["status"]
                if not (isinstance(data__status, str) and data__status == 'known'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be same as const definition: known", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'const': 'known'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['value', 'date', 'source']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['value', 'date', 'source']}, rule='required')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['status']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}, rule='required')
            data_keys = set(data.keys())
            if "status" in data_keys:
                data_keys.remove("status")
                data__status = data["status"]
                if not (isinstance(data__status, str) and data__status == 'to_be_set'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be same as const definition: to_be_set", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'const': 'to_be_set'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['planned_date']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['planned_date']}, rule='required')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['status']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['status'], 'additionalProperties': False, 'properties': {'status': {'enum': ['known', 'to_be_set'], 'description': 'known: value, date and source are given; to_be_set: planned_date says when it will be measured.'}, 'value': {'type': ['number', 'string', 'boolean']}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'source': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'planned_date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'allOf': [{'if': {'properties': {'status': {'const': 'known'}}, 'required': ['status']}, 'then': {'required': ['value', 'date', 'source']}}, {'if': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}, 'then': {'required': ['planned_date']}}]}, rule='required')
        data_keys = set(data.keys())
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not (isinstance(data__status, str) and data__status == 'known' or isinstance(data__status, str) and data__status == 'to_be_set'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be one of ['known', 'to_be_set']", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'enum': ['known', 'to_be_set'], 'description': 'known: value, date and source are given; to_be_set: planned_date says when it will be measured.'}, rule='enum')
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
            validate____defs_value(data__value, custom_formats, (name_prefix or "data") + ".value")
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            validate____defs_date(data__date, custom_formats, (name_prefix or "data") + ".date")
        if "source" in data_keys:
            data_keys.remove("source")
            data__source = data["source"]
            validate____defs_text(data__source, custom_formats, (name_prefix or "data") + ".source")
        if "planned_date" in data_keys:
            data_keys.remove("planned_date")
            data__planneddate = data["planned_date"]
            validate____defs_date(data__planneddate, custom_formats, (name_prefix or "data") + ".planned_date")
        if "note" in data_keys:
            data_keys.remove("note")
            data__note = data["note"]
            validate____defs_text(data__note, custom_formats, (name_prefix or "data") + ".note")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['status'], 'additionalProperties': False, 'properties': {'status': {'enum': ['known', 'to_be_set'], 'description': 'known: value, date and source are given; to_be_set: planned_date says when it will be measured.'}, 'value': {'type': ['number', 'string', 'boolean']}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'source': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'planned_date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'note': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'allOf': [{'if': {'properties': {'status': {'const': 'known'}}, 'required': ['status']}, 'then': {'required': ['value', 'date', 'source']}}, {'if': {'properties': {'status': {'const': 'to_be_set'}}, 'required': ['status']}, 'then': {'required': ['planned_date']}}]}, rule='additionalProperties')
    return data

def validate____defs_disaggregation(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['code', 'values'], 'additionalProperties': False, 'properties': {'code': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}, 'name': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'values': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['code', 'values']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['code', 'values'], 'additionalProperties': False, 'properties': {'code': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}, 'name': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'values': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}}}, rule='required')
        data_keys = set(data.keys())
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            if not isinstance(data__code, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".code must be string", value=data__code, name="" + (name_prefix or "data") + ".code", definition={'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}, rule='type')
            if isinstance(data__code, str):
                if not REGEX_PATTERNS['^[A-Z][A-Z0-9_]{0,11}$'].search(data__code):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".code must match pattern ^[A-Z][A-Z0-9_]{0,11}$", value=data__code, name="" + (name_prefix or "data") + ".code", definition={'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}, rule='pattern')
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate____defs_text(data__name, custom_formats, (name_prefix or "data") + ".name")
        if "values" in data_keys:
            data_keys.remove("values")
            data__values = data["values"]
            if not isinstance(data__values, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".values must be array", value=data__values, name="" + (name_prefix or "data") + ".values", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, rule='type')
            data__values_is_list = isinstance(data__values, (list, tuple))
            if data__values_is_list:
                data__values_len = len(data__values)
                if data__values_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".values must contain at least 1 items", value=data__values, name="" + (name_prefix or "data") + ".values", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, rule='minItems')
                for data__values_x, data__values_item in enumerate(data__values):
                    validate____defs_text(data__values_item, custom_formats, (name_prefix or "data") + f".values[{data__values_x}]")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['code', 'values'], 'additionalProperties': False, 'properties': {'code': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]{0,11}$'}, 'name': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'values': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}}}, rule='additionalProperties')
    return data

def validate____defs_slug(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[a-z][a-z0-9_]*$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[a-z][a-z0-9_]*$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, rule='pattern')
    return data

def validate____defs_pillar(data, custom_formats={}, name_prefix=None):
    if not (isinstance(data, str) and data == 'prevention' or isinstance(data, str) and data == 'protection' or isinstance(data, str) and data == 'prosecution' or isinstance(data, str) and data == 'partnership'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['prevention', 'protection', 'prosecution', 'partnership']", value=data, name="" + (name_prefix or "data") + "", definition={'enum': ['prevention', 'protection', 'prosecution', 'partnership']}, rule='enum')
    return data

def validate____defs_id(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, rule='pattern')
    return data

def validate____defs_areachain(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['area', 'pillar', 'objective', 'outcomes', 'outputs'], 'additionalProperties': False, 'properties': {'area': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'pillar': {'enum': ['prevention', 'protection', 'prosecution', 'partnership']}, 'objective': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}, 'outcomes': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}}, 'outputs': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}}, 'assumptions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'sector': {'type': 'string', 'pattern': '^[0-9]{5}$', 'description': "The area's DAC/CRS purpose code (5 digits, IATI sector vocabulary 1); overrides the knowledge base's dac_sector for this plan."}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['area', 'pillar', 'objective', 'outcomes', 'outputs']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['area', 'pillar', 'objective', 'outcomes', 'outputs'], 'additionalProperties': False, 'properties': {'area': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'pillar': {'enum': ['prevention', 'protection', 'prosecution', 'partnership']}, 'objective': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}, 'outcomes': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}}, 'outputs': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}}, 'assumptions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'sector': {'type': 'string', 'pattern': '^[0-9]{5}$', 'description': "The area's DAC/CRS purpose code (5 digits, IATI sector vocabulary 1); overrides the knowledge base's dac_sector for this plan."}}}, rule='required')
        data_keys = set(data.keys())
        if "area" in data_keys:
            data_keys.remove("area")
            data__area = data["area"]
            validate____defs_slug(data__area, custom_formats, (name_prefix or "data") + ".area")
        if "pillar" in data_keys:
            data_keys.remove("pillar")
            data__pillar = data["pillar"]
            validate____defs_pillar(data__pillar, custom_formats, (name_prefix or "data") + ".pillar")
        if "objective" in data_keys:
            data_keys.remove("objective")
            data__objective = data["objective"]
            validate____defs_resultstatement(data__objective, custom_formats, (name_prefix or "data") + ".objective")
        if "outcomes" in data_keys:
            data_keys.remove("outcomes")
            data__outcomes = data["outcomes"]
            if not isinstance(data__outcomes, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".outcomes must be array", value=data__outcomes, name="" + (name_prefix or "data") + ".outcomes", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}}, rule='type')
            data__outcomes_is_list = isinstance(data__outcomes, (list, tuple))
            if data__outcomes_is_list:
                data__outcomes_len = len(data__outcomes)
                for data__outcomes_x, data__outcomes_item in enumerate(data__outcomes):
                    validate____defs_resultstatement(data__outcomes_item, custom_formats, (name_prefix or "data") + f".outcomes[{data__outcomes_x}]")
        if "outputs" in data_keys:
            data_keys.remove("outputs")
            data__outputs = data["outputs"]
            if not isinstance(data__outputs, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".outputs must be array", value=data__outputs, name="" + (name_prefix or "data") + ".outputs", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}}, rule='type')
            data__outputs_is_list = isinstance(data__outputs, (list, tuple))
            if data__outputs_is_list:
                data__outputs_len = len(data__outputs)
                for data__outputs_x, data__outputs_item in enumerate(data__outputs):
                    validate____defs_resultstatement(data__outputs_item, custom_formats, (name_prefix or "data") + f".outputs[{data__outputs_x}]")
        if "assumptions" in data_keys:
            data_keys.remove("assumptions")
            data__assumptions = data["assumptions"]
            validate____defs_textlist(data__assumptions, custom_formats, (name_prefix or "data") + ".assumptions")
        if "sector" in data_keys:
            data_keys.remove("sector")
            data__sector = data["sector"]
            if not isinstance(data__sector, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sector must be string", value=data__sector, name="" + (name_prefix or "data") + ".sector", definition={'type': 'string', 'pattern': '^[0-9]{5}$', 'description': "The area's DAC/CRS purpose code (5 digits, IATI sector vocabulary 1); overrides the knowledge base's dac_sector for this plan."}, rule='type')
            if isinstance(data__sector, str):
                if not REGEX_PATTERNS['^[0-9]{5}$'].search(data__sector):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sector must match pattern ^[0-9]{5}$", value=data__sector, name="" + (name_prefix or "data") + ".sector", definition={'type': 'string', 'pattern': '^[0-9]{5}$', 'description': "The area's DAC/CRS purpose code (5 digits, IATI sector vocabulary 1); overrides the knowledge base's dac_sector for this plan."}, rule='pattern')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['area', 'pillar', 'objective', 'outcomes', 'outputs'], 'additionalProperties': False, 'properties': {'area': {'type': 'string', 'pattern': '^[a-z][a-z0-9_]*$'}, 'pillar': {'enum': ['prevention', 'protection', 'prosecution', 'partnership']}, 'objective': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}, 'outcomes': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}}, 'outputs': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'$ref': '#/$defs/id'}, 'statement': {'$ref': '#/$defs/text'}, 'kb_id': {'type': 'string'}, 'assumptions': {'$ref': '#/$defs/textList'}}}}, 'assumptions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'sector': {'type': 'string', 'pattern': '^[0-9]{5}$', 'description': "The area's DAC/CRS purpose code (5 digits, IATI sector vocabulary 1); overrides the knowledge base's dac_sector for this plan."}}}, rule='additionalProperties')
    return data

def validate____defs_profile(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['title', 'organisation', 'countries', 'start_date', 'end_date'], 'additionalProperties': False, 'properties': {'title': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'organisation': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'countries': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'regions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'start_date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'end_date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'target_groups': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'donor': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'language': {'type': 'string', 'pattern': '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$', 'description': "BCP 47 language tag of the plan's text, e.g. en, fr, es."}, 'summary': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'problem': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'iati_identifier': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'reporting_org': {'type': 'object', 'required': ['ref', 'name'], 'additionalProperties': False, 'properties': {'ref': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'name': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'type': {'type': 'string', 'pattern': '^[0-9]{2}$'}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['title', 'organisation', 'countries', 'start_date', 'end_date']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['title', 'organisation', 'countries', 'start_date', 'end_date'], 'additionalProperties': False, 'properties': {'title': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'organisation': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'countries': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'regions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'start_date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'end_date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'target_groups': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'donor': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'language': {'type': 'string', 'pattern': '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$', 'description': "BCP 47 language tag of the plan's text, e.g. en, fr, es."}, 'summary': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'problem': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'iati_identifier': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'reporting_org': {'type': 'object', 'required': ['ref', 'name'], 'additionalProperties': False, 'properties': {'ref': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'name': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'type': {'type': 'string', 'pattern': '^[0-9]{2}$'}}}}}, rule='required')
        data_keys = set(data.keys())
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            validate____defs_text(data__title, custom_formats, (name_prefix or "data") + ".title")
        if "organisation" in data_keys:
            data_keys.remove("organisation")
            data__organisation = data["organisation"]
            validate____defs_text(data__organisation, custom_formats, (name_prefix or "data") + ".organisation")
        if "countries" in data_keys:
            data_keys.remove("countries")
            data__countries = data["countries"]
            if not isinstance(data__countries, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".countries must be array", value=data__countries, name="" + (name_prefix or "data") + ".countries", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, rule='type')
            data__countries_is_list = isinstance(data__countries, (list, tuple))
            if data__countries_is_list:
                data__countries_len = len(data__countries)
                if data__countries_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".countries must contain at least 1 items", value=data__countries, name="" + (name_prefix or "data") + ".countries", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, rule='minItems')
                for data__countries_x, data__countries_item in enumerate(data__countries):
                    validate____defs_text(data__countries_item, custom_formats, (name_prefix or "data") + f".countries[{data__countries_x}]")
        if "regions" in data_keys:
            data_keys.remove("regions")
            data__regions = data["regions"]
            validate____defs_textlist(data__regions, custom_formats, (name_prefix or "data") + ".regions")
        if "start_date" in data_keys:
            data_keys.remove("start_date")
            data__startdate = data["start_date"]
            validate____defs_date(data__startdate, custom_formats, (name_prefix or "data") + ".start_date")
        if "end_date" in data_keys:
            data_keys.remove("end_date")
            data__enddate = data["end_date"]
            validate____defs_date(data__enddate, custom_formats, (name_prefix or "data") + ".end_date")
        if "target_groups" in data_keys:
            data_keys.remove("target_groups")
            data__targetgroups = data["target_groups"]
            validate____defs_textlist(data__targetgroups, custom_formats, (name_prefix or "data") + ".target_groups")
        if "donor" in data_keys:
            data_keys.remove("donor")
            data__donor = data["donor"]
            validate____defs_text(data__donor, custom_formats, (name_prefix or "data") + ".donor")
        if "language" in data_keys:
            data_keys.remove("language")
            data__language = data["language"]
            if not isinstance(data__language, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".language must be string", value=data__language, name="" + (name_prefix or "data") + ".language", definition={'type': 'string', 'pattern': '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$', 'description': "BCP 47 language tag of the plan's text, e.g. en, fr, es."}, rule='type')
            if isinstance(data__language, str):
                if not REGEX_PATTERNS['^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$'].search(data__language):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".language must match pattern ^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$", value=data__language, name="" + (name_prefix or "data") + ".language", definition={'type': 'string', 'pattern': '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$', 'description': "BCP 47 language tag of the plan's text, e.g. en, fr, es."}, rule='pattern')
        if "summary" in data_keys:
            data_keys.remove("summary")
            data__summary = data["summary"]
            validate____defs_text(data__summary, custom_formats, (name_prefix or "data") + ".summary")
        if "problem" in data_keys:
            data_keys.remove("problem")
            data__problem = data["problem"]
            validate____defs_text(data__problem, custom_formats, (name_prefix or "data") + ".problem")
        if "iati_identifier" in data_keys:
            data_keys.remove("iati_identifier")
            data__iatiidentifier = data["iati_identifier"]
            validate____defs_text(data__iatiidentifier, custom_formats, (name_prefix or "data") + ".iati_identifier")
        if "reporting_org" in data_keys:
            data_keys.remove("reporting_org")
            data__reportingorg = data["reporting_org"]
            if not isinstance(data__reportingorg, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reporting_org must be object", value=data__reportingorg, name="" + (name_prefix or "data") + ".reporting_org", definition={'type': 'object', 'required': ['ref', 'name'], 'additionalProperties': False, 'properties': {'ref': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'name': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'type': {'type': 'string', 'pattern': '^[0-9]{2}$'}}}, rule='type')
            data__reportingorg_is_dict = isinstance(data__reportingorg, dict)
            if data__reportingorg_is_dict:
                data__reportingorg__missing_keys = set(['ref', 'name']) - data__reportingorg.keys()
                if data__reportingorg__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reporting_org must contain " + (str(sorted(data__reportingorg__missing_keys)) + " properties"), value=data__reportingorg, name="" + (name_prefix or "data") + ".reporting_org", definition={'type': 'object', 'required': ['ref', 'name'], 'additionalProperties': False, 'properties': {'ref': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'name': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'type': {'type': 'string', 'pattern': '^[0-9]{2}$'}}}, rule='required')
                data__reportingorg_keys = set(data__reportingorg.keys())
                if "ref" in data__reportingorg_keys:
                    data__reportingorg_keys.remove("ref")
                    data__reportingorg__ref = data__reportingorg["ref"]
                    validate____defs_text(data__reportingorg__ref, custom_formats, (name_prefix or "data") + ".reporting_org.ref")
                if "name" in data__reportingorg_keys:
                    data__reportingorg_keys.remove("name")
                    data__reportingorg__name = data__reportingorg["name"]
                    validate____defs_text(data__reportingorg__name, custom_formats, (name_prefix or "data") + ".reporting_org.name")
                if "type" in data__reportingorg_keys:
                    data__reportingorg_keys.remove("type")
                    data__reportingorg__type = data__reportingorg["type"]
                    if not isinstance(data__reportingorg__type, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".reporting_org.type must be string", value=data__reportingorg__type, name="" + (name_prefix or "data") + ".reporting_org.type", definition={'type': 'string', 'pattern': '^[0-9]{2}$'}, rule='type')
                    if isinstance(data__reportingorg__type, str):
                        if not REGEX_PATTERNS['^[0-9]{2}$'].search(data__reportingorg__type):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".reporting_org.type must match pattern ^[0-9]{2}$", value=data__reportingorg__type, name="" + (name_prefix or "data") + ".reporting_org.type", definition={'type': 'string', 'pattern': '^[0-9]{2}$'}, rule='pattern')
                if data__reportingorg_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".reporting_org must not contain "+str(data__reportingorg_keys)+" properties", value=data__reportingorg, name="" + (name_prefix or "data") + ".reporting_org", definition={'type': 'object', 'required': ['ref', 'name'], 'additionalProperties': False, 'properties': {'ref': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'name': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'type': {'type': 'string', 'pattern': '^[0-9]{2}$'}}}, rule='additionalProperties')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['title', 'organisation', 'countries', 'start_date', 'end_date'], 'additionalProperties': False, 'properties': {'title': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'organisation': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'countries': {'type': 'array', 'minItems': 1, 'items': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}}, 'regions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'start_date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'end_date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'target_groups': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}, 'donor': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'language': {'type': 'string', 'pattern': '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$', 'description': "BCP 47 language tag of the plan's text, e.g. en, fr, es."}, 'summary': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'problem': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'iati_identifier': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'reporting_org': {'type': 'object', 'required': ['ref', 'name'], 'additionalProperties': False, 'properties': {'ref': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'name': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'type': {'type': 'string', 'pattern': '^[0-9]{2}$'}}}}}, rule='additionalProperties')
    return data

def validate____defs_resultstatement(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'statement': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'kb_id': {'type': 'string'}, 'assumptions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'statement']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'statement': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'kb_id': {'type': 'string'}, 'assumptions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}}}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate____defs_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "statement" in data_keys:
            data_keys.remove("statement")
            data__statement = data["statement"]
            validate____defs_text(data__statement, custom_formats, (name_prefix or "data") + ".statement")
        if "kb_id" in data_keys:
            data_keys.remove("kb_id")
            data__kbid = data["kb_id"]
            if not isinstance(data__kbid, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kb_id must be string", value=data__kbid, name="" + (name_prefix or "data") + ".kb_id", definition={'type': 'string'}, rule='type')
        if "assumptions" in data_keys:
            data_keys.remove("assumptions")
            data__assumptions = data["assumptions"]
            validate____defs_textlist(data__assumptions, custom_formats, (name_prefix or "data") + ".assumptions")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'statement'], 'additionalProperties': False, 'properties': {'id': {'type': 'string', 'pattern': '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'}, 'statement': {'type': 'string', 'minLength': 1, 'pattern': '\\S'}, 'kb_id': {'type': 'string'}, 'assumptions': {'type': 'array', 'items': {'$ref': '#/$defs/text'}}}}, rule='additionalProperties')
    return data