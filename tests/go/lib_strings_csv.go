package main

import (
	"fmt"
	"strconv"
	"strings"
)

const data = `name, age ,  city,score
  Alice,30,Paris,  91.5
Bob , 25 ,Berlin,78
  Carol,41,  New York  ,88.25
dave,x,Rome,70
`

func main() {
	lines := strings.Split(strings.TrimSpace(data), "\n")
	header := strings.Split(lines[0], ",")
	for i := range header {
		header[i] = strings.Title(strings.TrimSpace(header[i]))
	}
	fmt.Println(strings.Join(header, " | "))
	total := 0.0
	for _, line := range lines[1:] {
		fields := strings.Split(line, ",")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		age, err := strconv.Atoi(fields[1])
		if err != nil {
			fmt.Println("bad row:", err)
			continue
		}
		score, _ := strconv.ParseFloat(fields[3], 64)
		total += score
		name := strings.ToUpper(fields[0][:1]) + strings.ToLower(fields[0][1:])
		fmt.Printf("%-6s %3d %-10q %6.2f %v\n", name, age, fields[2], score, strings.Contains(strings.ToLower(fields[2]), "r"))
	}
	fmt.Println(strconv.FormatFloat(total, 'f', 3, 64), strings.Count(data, ","), strings.LastIndex(data, "Rome"))
	key, val, ok := strings.Cut("timeout=30s", "=")
	fmt.Println(key, val, ok, strings.TrimSuffix(val, "s"), strings.Repeat("-", 10))
}
