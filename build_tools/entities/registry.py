"""The curated entity registry: data/entities.yml loaded, checked and indexed.

Every problem in the file is collected and reported at once (a `ConfigError`
carrying one line per problem), each naming the file, the line and the entity,
so one edit-and-rerun fixes them all. Line numbers come from yaml's node marks.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from build_tools.errors import ConfigError
from build_tools.model import Entity, EntityType

LOG = logging.getLogger(__name__)

_KNOWN_KEYS = ("id", "name", "type", "aliases", "description", "wikidata")
_TYPE_NAMES = ", ".join(kind.value for kind in EntityType)
_WIKIDATA = re.compile(r"Q[1-9][0-9]*")
RESERVED_PREFIX = "unreviewed-"
"""Recognised, unregistered names get ids with this prefix, so none can collide."""
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True, slots=True)
class Registry:
    """The registered entities, by id, with an index from every surface form to its entity.

    `aliases` maps each name and alias exactly as written (case kept: "US" is
    not "us") to the entity id; matching rules live in `linking`.
    """

    entities: Mapping[str, Entity] = field(default_factory=lambda: MappingProxyType({}))
    aliases: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    warnings: tuple[str, ...] = ()
    """Problems that do not stop a build (unknown keys); `--strict` makes them fatal."""

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None."""
        return self.entities.get(entity_id)


@dataclass(slots=True)
class _Problems:
    """Errors and warnings gathered while reading one file."""

    where: str
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def error(self, node: Node | None, message: str) -> None:
        self.errors.append(f"{self.where}:{_line(node)}: {message}")

    def warn(self, node: Node | None, message: str) -> None:
        self.warnings.append(f"{self.where}:{_line(node)}: {message}")


def _line(node: Node | None) -> int:
    return 1 if node is None else node.start_mark.line + 1


def load_registry(path: Path, *, strict: bool = False) -> Registry:
    """Read and check the registry file; an absent file is an empty registry.

    Args:
        path: the YAML file (normally data/entities.yml).
        strict: turn warnings (unknown keys) into errors.
    Returns:
        The frozen Registry.
    Raises:
        ConfigError: listing every problem in the file, one per line.
    """
    if not path.exists():
        return Registry()
    problems = _Problems(str(path))
    root = _compose(path, problems)
    entities = _read_entities(root, problems) if root is not None else []
    aliases = _index_aliases(entities, problems)
    if strict:
        problems.errors.extend(problems.warnings)
    if problems.errors:
        raise ConfigError(problems.errors)
    for warning in problems.warnings:
        LOG.warning(warning)
    return Registry(
        entities=MappingProxyType({entity.id: entity for entity, _ in entities}),
        aliases=MappingProxyType(aliases),
        warnings=tuple(problems.warnings),
    )


def _compose(path: Path, problems: _Problems) -> Node | None:
    """Parse to a node tree (not Python objects) so every value keeps its line."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        problems.errors.append(f"{problems.where}:{line}: malformed YAML: {exc.problem}")
        return None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        problems.errors.append(f"{problems.where}:1: malformed YAML: {exc}")
        return None
    return node


def _read_entities(root: Node, problems: _Problems) -> list[tuple[Entity, Node]]:
    """Check the top level, then each entity; keep the valid ones with their nodes."""
    listing = _top_level_list(root, problems)
    if listing is None:
        return []
    seen: dict[str, int] = {}
    entities: list[tuple[Entity, Node]] = []
    for position, item in enumerate(listing.value, start=1):
        entity = _read_entity(item, position, problems)
        # A duplicate id is reported even when the entry has other problems: every
        # problem of the file comes out in one run.
        entity_id = entity.id if entity is not None else _raw_id(item)
        if entity_id is not None and entity_id in seen:
            problems.error(item, f"entity '{entity_id}': duplicate id (first defined on line {seen[entity_id]})")
            continue
        if entity_id is not None:
            seen[entity_id] = _line(item)
        if entity is not None:
            entities.append((entity, item))
    return entities


def _raw_id(item: Node) -> str | None:
    """The `id:` text of an entry that did not validate, when it has one."""
    if not isinstance(item, MappingNode):
        return None
    for key, value in item.value:
        if isinstance(key, ScalarNode) and key.value == "id" and isinstance(value, ScalarNode) and value.value:
            return str(value.value)
    return None


def _top_level_list(root: Node, problems: _Problems) -> SequenceNode | None:
    if not isinstance(root, MappingNode):
        problems.error(root, "the file must be a mapping with an 'entities:' list")
        return None
    fields = {key.value: value for key, value in root.value if isinstance(key, ScalarNode)}
    for key, _ in root.value:
        if isinstance(key, ScalarNode) and key.value != "entities":
            problems.warn(key, f"unknown top-level key '{key.value}' (ignored)")
    listing = fields.get("entities")
    if listing is None:
        problems.error(root, "missing top-level 'entities:' list")
        return None
    if isinstance(listing, ScalarNode) and listing.value in ("", "~", "null"):
        return SequenceNode("tag:yaml.org,2002:seq", [])
    if not isinstance(listing, SequenceNode):
        problems.error(listing, "'entities' must be a list of mappings")
        return None
    return listing


def _read_entity(item: Node, position: int, problems: _Problems) -> Entity | None:
    """One entity mapping -> Entity, or None after recording why not."""
    if not isinstance(item, MappingNode):
        problems.error(item, f"entity #{position}: must be a mapping with id, name, type")
        return None
    fields: dict[str, Node] = {}
    for key, value in item.value:
        fields[str(key.value)] = value
    label = _label(fields, position)
    for key, _value in item.value:
        if key.value not in _KNOWN_KEYS:
            problems.warn(key, f"{label}: unknown key '{key.value}' (ignored)")
    before = len(problems.errors)
    entity_id = _required_text(fields, "id", item, label, problems)
    name = _required_text(fields, "name", item, label, problems)
    kind = _entity_type(fields, item, label, problems)
    aliases = _aliases(fields.get("aliases"), label, problems)
    description = _optional_text(fields.get("description"), "description", label, problems)
    wikidata = _wikidata(fields.get("wikidata"), label, problems)
    if entity_id is not None and not _ID.fullmatch(entity_id):
        problems.error(fields["id"], f"{label}: 'id' must be lower-case words joined by hyphens")
    elif entity_id is not None and entity_id.startswith(RESERVED_PREFIX):
        problems.error(
            fields["id"], f"{label}: ids starting '{RESERVED_PREFIX}' are kept for recognised names"
        )
    if len(problems.errors) > before or entity_id is None or name is None or kind is None:
        return None
    return Entity(
        id=entity_id,
        name=name,
        type=kind,
        aliases=aliases,
        description=description or "",
        wikidata=wikidata,
    )


def _label(fields: Mapping[str, Node], position: int) -> str:
    node = fields.get("id")
    if isinstance(node, ScalarNode) and node.value:
        return f"entity '{node.value}'"
    return f"entity #{position}"


def _required_text(
    fields: Mapping[str, Node], key: str, item: Node, label: str, problems: _Problems
) -> str | None:
    node = fields.get(key)
    if node is None:
        problems.error(item, f"{label}: missing '{key}'")
        return None
    return _optional_text(node, key, label, problems, required=True)


def _optional_text(
    node: Node | None, key: str, label: str, problems: _Problems, *, required: bool = False
) -> str | None:
    if node is None:
        return None
    if not isinstance(node, ScalarNode) or node.tag != "tag:yaml.org,2002:str":
        got = _describe(node)
        problems.error(node, f"{label}: '{key}' must be a string (got {got})")
        return None
    text = str(node.value).strip()
    if required and not text:
        problems.error(node, f"{label}: '{key}' must not be empty")
        return None
    if key == "description" and "\n" in text:
        problems.error(node, f"{label}: 'description' must be one line")
        return None
    return text


def _entity_type(
    fields: Mapping[str, Node], item: Node, label: str, problems: _Problems
) -> EntityType | None:
    text = _required_text(fields, "type", item, label, problems)
    if text is None:
        return None
    try:
        return EntityType(text)
    except ValueError:
        problems.error(
            fields["type"], f"{label}: 'type' must be one of {_TYPE_NAMES} (got '{text}')"
        )
        return None


def _aliases(node: Node | None, label: str, problems: _Problems) -> tuple[str, ...]:
    if node is None:
        return ()
    if not isinstance(node, SequenceNode):
        problems.error(node, f"{label}: 'aliases' must be a list of strings (got {_describe(node)})")
        return ()
    aliases: list[str] = []
    for alias_node in node.value:
        alias = _optional_text(alias_node, "aliases", label, problems, required=True)
        if alias is not None:
            aliases.append(alias)
    return tuple(aliases)


def _wikidata(node: Node | None, label: str, problems: _Problems) -> str | None:
    text = _optional_text(node, "wikidata", label, problems)
    if text is None or _WIKIDATA.fullmatch(text):
        return text
    problems.error(node, f"{label}: 'wikidata' must look like Q123 (got '{text}')")
    return None


def _describe(node: Node) -> str:
    if isinstance(node, SequenceNode):
        return "a list"
    if isinstance(node, MappingNode):
        return "a mapping"
    kind = node.tag.rsplit(":", 1)[-1]
    return f"{kind} {node.value!r}"


def _index_aliases(
    entities: list[tuple[Entity, Node]], problems: _Problems
) -> dict[str, str]:
    """Map every name and alias to its entity; a form claimed twice is an error."""
    index: dict[str, str] = {}
    for entity, item in entities:
        for form in (entity.name, *entity.aliases):
            owner = index.get(form)
            if owner is not None and owner != entity.id:
                problems.error(
                    item,
                    f"entity '{entity.id}': alias '{form}' is already used by entity '{owner}'",
                )
                continue
            index[form] = entity.id
    return index


def load_suppress(path: Path) -> frozenset[str]:
    """Names never highlighted: a top-level `suppress:` list of strings (absent file: none).

    Raises:
        ConfigError: listing every problem in the file.
    """
    if not path.exists():
        return frozenset()
    problems = _Problems(str(path))
    root = _compose(path, problems)
    names: set[str] = set()
    if root is not None:
        fields = dict(root.value) if isinstance(root, MappingNode) else {}
        listing = next((v for k, v in fields.items() if k.value == "suppress"), None)
        if not isinstance(listing, SequenceNode):
            problems.error(listing or root, "the file must hold a top-level 'suppress:' list")
        else:
            for node in listing.value:
                text = _optional_text(node, "suppress", "suppress list", problems, required=True)
                if text is not None:
                    names.add(text)
    if problems.errors:
        raise ConfigError(problems.errors)
    return frozenset(names)
