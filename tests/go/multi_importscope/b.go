package main

import (
	"fmt"
	"strings"
)

func lower(s string) string { return strings.ToLower(s) + fmt.Sprint(len(s)) }
