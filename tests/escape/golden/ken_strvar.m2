./ken_strvar.go:30:24: s1.c escapes to heap:
./ken_strvar.go:30:24:   flow: {heap} = &{storage for s1.c}:
./ken_strvar.go:30:24:     from s1.c (spill) at ./ken_strvar.go:30:24
./ken_strvar.go:30:24:     from panic(s1.c) (call parameter) at ./ken_strvar.go:30:23
./ken_strvar.go:31:24: g1.c escapes to heap:
./ken_strvar.go:31:24:   flow: {heap} = &{storage for g1.c}:
./ken_strvar.go:31:24:     from g1.c (spill) at ./ken_strvar.go:31:24
./ken_strvar.go:31:24:     from panic(g1.c) (call parameter) at ./ken_strvar.go:31:23
./ken_strvar.go:41:27: s2.d.c escapes to heap:
./ken_strvar.go:41:27:   flow: {heap} = &{storage for s2.d.c}:
./ken_strvar.go:41:27:     from s2.d.c (spill) at ./ken_strvar.go:41:27
./ken_strvar.go:41:27:     from panic(s2.d.c) (call parameter) at ./ken_strvar.go:41:26
./ken_strvar.go:42:27: g2.d.c escapes to heap:
./ken_strvar.go:42:27:   flow: {heap} = &{storage for g2.d.c}:
./ken_strvar.go:42:27:     from g2.d.c (spill) at ./ken_strvar.go:42:27
./ken_strvar.go:42:27:     from panic(g2.d.c) (call parameter) at ./ken_strvar.go:42:26
./ken_strvar.go:57:23: x escapes to heap:
./ken_strvar.go:57:23:   flow: {heap} = &{storage for x}:
./ken_strvar.go:57:23:     from x (spill) at ./ken_strvar.go:57:23
./ken_strvar.go:57:23:     from panic(x) (call parameter) at ./ken_strvar.go:57:22
./ken_strvar.go:68:27: s3.d.c escapes to heap:
./ken_strvar.go:68:27:   flow: {heap} = &{storage for s3.d.c}:
./ken_strvar.go:68:27:     from s3.d.c (spill) at ./ken_strvar.go:68:27
./ken_strvar.go:68:27:     from panic(s3.d.c) (call parameter) at ./ken_strvar.go:68:26
./ken_strvar.go:78:23: x escapes to heap:
./ken_strvar.go:78:23:   flow: {heap} = &{storage for x}:
./ken_strvar.go:78:23:     from x (spill) at ./ken_strvar.go:78:23
./ken_strvar.go:78:23:     from panic(x) (call parameter) at ./ken_strvar.go:78:22
./ken_strvar.go:30:24: s1.c escapes to heap
./ken_strvar.go:31:24: g1.c escapes to heap
./ken_strvar.go:41:27: s2.d.c escapes to heap
./ken_strvar.go:42:27: g2.d.c escapes to heap
./ken_strvar.go:57:23: x escapes to heap
./ken_strvar.go:68:27: s3.d.c escapes to heap
./ken_strvar.go:78:23: x escapes to heap
