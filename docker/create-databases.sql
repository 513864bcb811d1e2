-- Each subgraph owns its own database; none reads another's.
CREATE DATABASE workplace_committee;
CREATE DATABASE residence_committee;
CREATE DATABASE evaluation;
