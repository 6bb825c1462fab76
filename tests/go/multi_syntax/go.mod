module multi_syntax

go 1.19
