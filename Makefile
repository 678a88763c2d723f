# Two commands do everything on a fresh machine (Python 3.11 + pip):
#   make report   run every notebook on data/seeds and render HTML under reports/
#   make test     lint + the whole test suite
# Both create and fill .venv when it is missing or pyproject.toml changed.

PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: report test lint evaluate lab bench clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) on PATH (or make PYTHON=python3)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -m ipykernel install --sys-prefix --name corpus --display-name "Python (corpus)" >/dev/null
	touch $(STAMP)

report: $(STAMP)
	$(VENV)/bin/corpus report --out reports

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks

test: lint
	$(PY) -m pytest -q

evaluate: $(STAMP)
	$(VENV)/bin/corpus evaluate tests/gold
	$(VENV)/bin/corpus evaluate tests/gold_written
	$(VENV)/bin/corpus evaluate tests/gold_blind
	$(VENV)/bin/corpus evaluate tests/gold_blind3
	$(VENV)/bin/corpus evaluate tests/gold_blind4
	$(VENV)/bin/corpus evaluate tests/gold_blind5
	$(VENV)/bin/corpus evaluate tests/gold_blind6
	$(VENV)/bin/corpus evaluate tests/gold_blind7
	$(VENV)/bin/corpus evaluate tests/gold_blind8
	$(VENV)/bin/corpus evaluate tests/gold_blind9
	$(VENV)/bin/corpus evaluate tests/gold_blind10
	$(VENV)/bin/corpus evaluate tests/gold_blind11
	$(VENV)/bin/corpus evaluate tests/gold_blind12
	$(VENV)/bin/corpus evaluate tests/gold_blind13
	$(VENV)/bin/corpus evaluate tests/gold_blind14
	$(VENV)/bin/corpus evaluate tests/gold_blind15
	$(VENV)/bin/corpus evaluate tests/gold_blind16
	$(VENV)/bin/corpus evaluate tests/gold_blind17
	$(VENV)/bin/corpus evaluate tests/gold_blind18
	$(VENV)/bin/corpus evaluate tests/gold_blind19
	$(VENV)/bin/corpus evaluate tests/gold_blind20
	$(VENV)/bin/corpus evaluate tests/gold_blind21
	$(VENV)/bin/corpus evaluate tests/gold_blind22
	$(VENV)/bin/corpus evaluate tests/gold_blind23
	$(VENV)/bin/corpus evaluate tests/gold_blind24
	$(VENV)/bin/corpus evaluate tests/gold_blind25
	$(VENV)/bin/corpus evaluate tests/gold_blind26
	$(VENV)/bin/corpus evaluate tests/gold_blind27
	$(VENV)/bin/corpus evaluate tests/gold_blind28
	$(VENV)/bin/corpus evaluate tests/gold_blind29
	$(VENV)/bin/corpus evaluate tests/gold_blind30
	$(VENV)/bin/corpus evaluate tests/gold_blind31
	$(VENV)/bin/corpus evaluate tests/gold_blind32
	$(VENV)/bin/corpus evaluate tests/gold_blind33
	$(VENV)/bin/corpus evaluate tests/gold_blind34
	$(VENV)/bin/corpus evaluate tests/gold_blind35
	$(VENV)/bin/corpus evaluate tests/gold_blind36
	$(VENV)/bin/corpus evaluate tests/gold_blind37
	$(VENV)/bin/corpus evaluate tests/gold_blind38
	$(VENV)/bin/corpus evaluate tests/gold_blind39
	$(VENV)/bin/corpus evaluate tests/gold_blind40
	$(VENV)/bin/corpus evaluate tests/gold_blind41
	$(VENV)/bin/corpus evaluate tests/gold_blind42
	$(VENV)/bin/corpus evaluate tests/gold_blind43
	$(VENV)/bin/corpus evaluate tests/gold_blind44
	$(VENV)/bin/corpus evaluate tests/gold_blind45
	$(VENV)/bin/corpus evaluate tests/gold_blind46
	$(VENV)/bin/corpus evaluate tests/gold_blind47
	$(VENV)/bin/corpus evaluate tests/gold_blind48
	$(VENV)/bin/corpus evaluate tests/gold_blind49
	$(VENV)/bin/corpus evaluate tests/gold_blind50
	$(VENV)/bin/corpus evaluate tests/gold_blind51
	$(VENV)/bin/corpus evaluate tests/gold_blind52
	$(VENV)/bin/corpus evaluate tests/gold_blind53
	$(VENV)/bin/corpus evaluate tests/gold_blind54
	$(VENV)/bin/corpus evaluate tests/gold_blind55
	$(VENV)/bin/corpus evaluate tests/gold_blind56
	$(VENV)/bin/corpus evaluate tests/gold_blind57
	$(VENV)/bin/corpus evaluate tests/gold_blind58
	$(VENV)/bin/corpus evaluate tests/gold_blind59
	$(VENV)/bin/corpus evaluate tests/gold_blind60
	$(VENV)/bin/corpus evaluate tests/gold_blind61
	$(VENV)/bin/corpus evaluate tests/gold_blind62
	$(VENV)/bin/corpus evaluate tests/gold_blind63
	$(VENV)/bin/corpus evaluate tests/gold_blind64
	$(VENV)/bin/corpus evaluate tests/gold_blind65
	$(VENV)/bin/corpus evaluate tests/gold_blind66
	$(VENV)/bin/corpus evaluate tests/gold_blind67
	$(VENV)/bin/corpus evaluate tests/gold_blind68
	$(VENV)/bin/corpus evaluate tests/gold_blind69
	$(VENV)/bin/corpus evaluate tests/gold_blind70
	$(VENV)/bin/corpus evaluate tests/gold_blind71
	$(VENV)/bin/corpus evaluate tests/gold_blind72
	$(VENV)/bin/corpus evaluate tests/gold_blind73
	$(VENV)/bin/corpus evaluate tests/gold_blind74
	$(VENV)/bin/corpus evaluate tests/gold_blind75
	$(VENV)/bin/corpus evaluate tests/gold_blind76
	$(VENV)/bin/corpus evaluate tests/gold_blind77
	$(VENV)/bin/corpus evaluate tests/gold_blind78
	$(VENV)/bin/corpus evaluate tests/gold_blind79
	$(VENV)/bin/corpus evaluate tests/gold_blind80
	$(VENV)/bin/corpus evaluate tests/gold_blind81
	$(VENV)/bin/corpus evaluate tests/gold_blind82
	$(VENV)/bin/corpus evaluate tests/gold_blind83
	$(VENV)/bin/corpus evaluate tests/gold_blind84
	$(VENV)/bin/corpus evaluate tests/gold_blind85
	$(VENV)/bin/corpus evaluate tests/gold_blind86
	$(VENV)/bin/corpus evaluate tests/gold_blind87
	$(VENV)/bin/corpus evaluate tests/gold_blind88
	$(VENV)/bin/corpus evaluate tests/gold_blind89
	$(VENV)/bin/corpus evaluate tests/gold_blind90
	$(VENV)/bin/corpus evaluate tests/gold_blind91
	$(VENV)/bin/corpus evaluate tests/gold_blind92
	$(VENV)/bin/corpus evaluate tests/gold_blind93
	$(VENV)/bin/corpus evaluate tests/gold_blind94
	$(VENV)/bin/corpus evaluate tests/gold_blind95
	$(VENV)/bin/corpus evaluate tests/gold_blind96
	$(VENV)/bin/corpus evaluate tests/gold_blind97
	$(VENV)/bin/corpus evaluate tests/gold_blind98
	$(VENV)/bin/corpus evaluate tests/gold_blind99
	$(VENV)/bin/corpus evaluate tests/gold_blind100
	$(VENV)/bin/corpus evaluate tests/gold_blind101
	$(VENV)/bin/corpus evaluate tests/gold_blind102
	$(VENV)/bin/corpus evaluate tests/gold_blind103
	$(VENV)/bin/corpus evaluate tests/gold_blind104
	$(VENV)/bin/corpus evaluate tests/gold_blind105
	$(VENV)/bin/corpus evaluate tests/gold_blind106
	$(VENV)/bin/corpus evaluate tests/gold_blind107
	$(VENV)/bin/corpus evaluate tests/gold_blind108
	$(VENV)/bin/corpus evaluate tests/gold_blind109
	$(VENV)/bin/corpus evaluate tests/gold_blind110
	$(VENV)/bin/corpus evaluate tests/gold_blind111
	$(VENV)/bin/corpus evaluate tests/gold_blind112
	$(VENV)/bin/corpus evaluate tests/gold_blind113
	$(VENV)/bin/corpus evaluate tests/gold_blind114
	$(VENV)/bin/corpus evaluate tests/gold_blind115
	$(VENV)/bin/corpus evaluate tests/gold_blind116
	$(VENV)/bin/corpus evaluate tests/gold_blind117
	$(VENV)/bin/corpus evaluate tests/gold_blind118
	$(VENV)/bin/corpus evaluate tests/gold_blind119
	$(VENV)/bin/corpus evaluate tests/gold_blind120
	$(VENV)/bin/corpus evaluate tests/gold_blind121
	$(VENV)/bin/corpus evaluate tests/gold_blind122
	$(VENV)/bin/corpus evaluate tests/gold_blind123
	$(VENV)/bin/corpus evaluate tests/gold_blind124
	$(VENV)/bin/corpus evaluate tests/gold_blind125
	$(VENV)/bin/corpus evaluate tests/gold_blind126
	$(VENV)/bin/corpus evaluate tests/gold_blind127
	$(VENV)/bin/corpus evaluate tests/gold_blind128
	$(VENV)/bin/corpus evaluate tests/gold_blind129
	$(VENV)/bin/corpus evaluate tests/gold_blind130
	$(VENV)/bin/corpus evaluate tests/gold_blind131
	$(VENV)/bin/corpus evaluate tests/gold_blind132
	$(VENV)/bin/corpus evaluate tests/gold_blind133
	$(VENV)/bin/corpus evaluate tests/gold_blind134
	$(VENV)/bin/corpus evaluate tests/gold_blind135
	$(VENV)/bin/corpus evaluate tests/gold_blind136
	$(VENV)/bin/corpus evaluate tests/gold_blind137
	$(VENV)/bin/corpus evaluate tests/gold_blind138
	$(VENV)/bin/corpus evaluate tests/gold_blind139
	$(VENV)/bin/corpus evaluate tests/gold_blind140
	$(VENV)/bin/corpus evaluate tests/gold_blind141
	$(VENV)/bin/corpus evaluate tests/gold_blind142
	$(VENV)/bin/corpus evaluate tests/gold_blind143
	$(VENV)/bin/corpus evaluate tests/gold_blind144
	$(VENV)/bin/corpus evaluate tests/gold_blind145
	$(VENV)/bin/corpus evaluate tests/gold_blind146
	$(VENV)/bin/corpus evaluate tests/gold_blind147
	$(VENV)/bin/corpus evaluate tests/gold_blind148
	$(VENV)/bin/corpus evaluate tests/gold_blind149
	$(VENV)/bin/corpus evaluate tests/gold_blind150
	$(VENV)/bin/corpus evaluate tests/gold_blind151
	$(VENV)/bin/corpus evaluate tests/gold_blind152
	$(VENV)/bin/corpus evaluate tests/gold_blind153
	$(VENV)/bin/corpus evaluate tests/gold_blind154
	$(VENV)/bin/corpus evaluate tests/gold_blind155
	$(VENV)/bin/corpus evaluate tests/gold_blind156
	$(VENV)/bin/corpus evaluate tests/gold_blind157
	$(VENV)/bin/corpus evaluate tests/gold_blind158
	$(VENV)/bin/corpus evaluate tests/gold_blind159
	$(VENV)/bin/corpus evaluate tests/gold_blind160
	$(VENV)/bin/corpus evaluate tests/gold_blind161
	$(VENV)/bin/corpus evaluate tests/gold_blind162
	$(VENV)/bin/corpus evaluate tests/gold_blind163
	$(VENV)/bin/corpus evaluate tests/gold_blind164
	$(VENV)/bin/corpus evaluate tests/gold_blind165
	$(VENV)/bin/corpus evaluate tests/gold_blind166
	$(VENV)/bin/corpus evaluate tests/gold_blind167
	$(VENV)/bin/corpus evaluate tests/gold_blind168
	$(VENV)/bin/corpus evaluate tests/gold_blind169
	$(VENV)/bin/corpus evaluate tests/gold_blind170
	$(VENV)/bin/corpus evaluate tests/gold_blind171
	$(VENV)/bin/corpus evaluate tests/gold_blind172
	$(VENV)/bin/corpus evaluate tests/gold_blind173
	$(VENV)/bin/corpus evaluate tests/gold_blind174
	$(VENV)/bin/corpus evaluate tests/gold_blind175
	$(VENV)/bin/corpus evaluate tests/gold_blind176
	$(VENV)/bin/corpus evaluate tests/gold_blind177
	$(VENV)/bin/corpus evaluate tests/gold_blind178
	$(VENV)/bin/corpus evaluate tests/gold_blind179
	$(VENV)/bin/corpus evaluate tests/gold_blind180
	$(VENV)/bin/corpus evaluate tests/gold_blind181
	$(VENV)/bin/corpus evaluate tests/gold_blind182
	$(VENV)/bin/corpus evaluate tests/gold_blind183
	$(VENV)/bin/corpus evaluate tests/gold_blind184
	$(VENV)/bin/corpus evaluate tests/gold_blind185
	$(VENV)/bin/corpus evaluate tests/gold_blind186
	$(VENV)/bin/corpus evaluate tests/gold_blind187
	$(VENV)/bin/corpus evaluate tests/gold_blind188
	$(VENV)/bin/corpus evaluate tests/gold_blind189
	$(VENV)/bin/corpus evaluate tests/gold_blind190
	$(VENV)/bin/corpus evaluate tests/gold_blind191
	$(VENV)/bin/corpus evaluate tests/gold_blind192
	$(VENV)/bin/corpus evaluate tests/gold_blind193
	$(VENV)/bin/corpus evaluate tests/gold_blind194
	$(VENV)/bin/corpus evaluate tests/gold_blind195
	$(VENV)/bin/corpus evaluate tests/gold_blind196
	$(VENV)/bin/corpus evaluate tests/gold_blind197
	$(VENV)/bin/corpus evaluate tests/gold_blind198
	$(VENV)/bin/corpus evaluate tests/gold_blind199
	$(VENV)/bin/corpus evaluate tests/gold_blind200
	$(VENV)/bin/corpus evaluate tests/gold_blind201
	$(VENV)/bin/corpus evaluate tests/gold_blind202
	$(VENV)/bin/corpus evaluate tests/gold_blind203
	$(VENV)/bin/corpus evaluate tests/gold_blind204
	$(VENV)/bin/corpus evaluate tests/gold_blind205
	$(VENV)/bin/corpus evaluate tests/gold_blind206
	$(VENV)/bin/corpus evaluate tests/gold_blind207
	$(VENV)/bin/corpus evaluate tests/gold_blind208
	$(VENV)/bin/corpus evaluate tests/gold_blind209
	$(VENV)/bin/corpus evaluate tests/gold_blind210
	$(VENV)/bin/corpus evaluate tests/gold_blind211
	$(VENV)/bin/corpus evaluate tests/gold_blind212
	$(VENV)/bin/corpus evaluate tests/gold_blind213
	$(VENV)/bin/corpus evaluate tests/gold_blind214
	$(VENV)/bin/corpus evaluate tests/gold_blind215
	$(VENV)/bin/corpus evaluate tests/gold_blind216
	$(VENV)/bin/corpus evaluate tests/gold_blind217
	$(VENV)/bin/corpus evaluate tests/gold_blind218
	$(VENV)/bin/corpus evaluate tests/gold_blind219
	$(VENV)/bin/corpus evaluate tests/gold_blind220
	$(VENV)/bin/corpus evaluate tests/gold_blind221
	$(VENV)/bin/corpus evaluate tests/gold_blind222
	$(VENV)/bin/corpus evaluate tests/gold_blind223
	$(VENV)/bin/corpus evaluate tests/gold_blind224
	$(VENV)/bin/corpus evaluate tests/gold_blind225
	$(VENV)/bin/corpus evaluate tests/gold_blind226
	$(VENV)/bin/corpus evaluate tests/gold_blind227
	$(VENV)/bin/corpus evaluate tests/gold_blind228
	$(VENV)/bin/corpus evaluate tests/gold_blind229
	$(VENV)/bin/corpus evaluate tests/gold_blind230
	$(VENV)/bin/corpus evaluate tests/gold_blind231
	$(VENV)/bin/corpus evaluate tests/gold_blind232
	$(VENV)/bin/corpus evaluate tests/gold_blind233
	$(VENV)/bin/corpus evaluate tests/gold_blind234
	$(VENV)/bin/corpus evaluate tests/gold_blind235
	$(VENV)/bin/corpus evaluate tests/gold_blind236
	$(VENV)/bin/corpus evaluate tests/gold_blind237
	$(VENV)/bin/corpus evaluate tests/gold_blind238
	$(VENV)/bin/corpus evaluate tests/gold_blind239
	$(VENV)/bin/corpus evaluate tests/gold_blind240
	$(VENV)/bin/corpus evaluate tests/gold_blind241
	$(VENV)/bin/corpus evaluate tests/gold_blind242
	$(VENV)/bin/corpus evaluate tests/gold_blind243
	$(VENV)/bin/corpus evaluate tests/gold_blind244
	$(VENV)/bin/corpus evaluate tests/gold_blind245
	$(VENV)/bin/corpus evaluate tests/gold_blind246
	$(VENV)/bin/corpus evaluate tests/gold_blind247
	$(VENV)/bin/corpus evaluate tests/gold_blind248
	$(VENV)/bin/corpus evaluate tests/gold_blind249
	$(VENV)/bin/corpus evaluate tests/gold_blind250
	$(VENV)/bin/corpus evaluate tests/gold_blind251
	$(VENV)/bin/corpus evaluate tests/gold_blind252
	$(VENV)/bin/corpus evaluate tests/gold_blind253
	$(VENV)/bin/corpus evaluate tests/gold_blind254
	$(VENV)/bin/corpus evaluate tests/gold_blind255
	$(VENV)/bin/corpus evaluate tests/gold_blind256
	$(VENV)/bin/corpus evaluate tests/gold_blind257
	$(VENV)/bin/corpus evaluate tests/gold_blind258
	$(VENV)/bin/corpus evaluate tests/gold_blind259
	$(VENV)/bin/corpus evaluate tests/gold_blind260
	$(VENV)/bin/corpus evaluate tests/gold_blind261
	$(VENV)/bin/corpus evaluate tests/gold_blind262
	$(VENV)/bin/corpus evaluate tests/gold_blind263
	$(VENV)/bin/corpus evaluate tests/gold_blind264
	$(VENV)/bin/corpus evaluate tests/gold_blind265
	$(VENV)/bin/corpus evaluate tests/gold_blind266
	$(VENV)/bin/corpus evaluate tests/gold_blind267
	$(VENV)/bin/corpus evaluate tests/gold_blind268
	$(VENV)/bin/corpus evaluate tests/gold_blind269
	$(VENV)/bin/corpus evaluate tests/gold_blind270
	$(VENV)/bin/corpus evaluate tests/gold_blind271
	$(VENV)/bin/corpus evaluate tests/gold_blind272
	$(VENV)/bin/corpus evaluate tests/gold_blind273
	$(VENV)/bin/corpus evaluate tests/gold_blind274
	$(VENV)/bin/corpus evaluate tests/gold_blind275
	$(VENV)/bin/corpus evaluate tests/gold_blind276
	$(VENV)/bin/corpus evaluate tests/gold_blind277
	$(VENV)/bin/corpus evaluate tests/gold_blind278
	$(VENV)/bin/corpus evaluate tests/gold_blind279
	$(VENV)/bin/corpus evaluate tests/gold_blind280
	$(VENV)/bin/corpus evaluate tests/gold_blind281
	$(VENV)/bin/corpus evaluate tests/gold_blind282
	$(VENV)/bin/corpus evaluate tests/gold_blind283
	$(VENV)/bin/corpus evaluate tests/gold_blind284
	$(VENV)/bin/corpus evaluate tests/gold_blind285
	$(VENV)/bin/corpus evaluate tests/gold_blind286
	$(VENV)/bin/corpus evaluate tests/gold_blind287
	$(VENV)/bin/corpus evaluate tests/gold_blind288
	$(VENV)/bin/corpus evaluate tests/gold_blind289
	$(VENV)/bin/corpus evaluate tests/gold_blind290
	$(VENV)/bin/corpus evaluate tests/gold_blind291
	$(VENV)/bin/corpus evaluate tests/gold_blind292
	$(VENV)/bin/corpus evaluate tests/gold_blind293
	$(VENV)/bin/corpus evaluate tests/gold_blind294
	$(VENV)/bin/corpus evaluate tests/gold_blind295
	$(VENV)/bin/corpus evaluate tests/gold_blind296
	$(VENV)/bin/corpus evaluate tests/gold_blind297
	$(VENV)/bin/corpus evaluate tests/gold_blind298
	$(VENV)/bin/corpus evaluate tests/gold_blind299
	$(VENV)/bin/corpus evaluate tests/gold_blind300
	$(VENV)/bin/corpus evaluate tests/gold_blind301
	$(VENV)/bin/corpus evaluate tests/gold_blind302
	$(VENV)/bin/corpus evaluate tests/gold_blind303
	$(VENV)/bin/corpus evaluate tests/gold_blind304
	$(VENV)/bin/corpus evaluate tests/gold_blind305
	$(VENV)/bin/corpus evaluate tests/gold_blind306
	$(VENV)/bin/corpus evaluate tests/gold_blind307
	$(VENV)/bin/corpus evaluate tests/gold_blind308
	$(VENV)/bin/corpus evaluate tests/gold_blind309
	$(VENV)/bin/corpus evaluate tests/gold_blind310
	$(VENV)/bin/corpus evaluate tests/gold_blind311
	$(VENV)/bin/corpus evaluate tests/gold_blind312
	$(VENV)/bin/corpus evaluate tests/gold_blind313
	$(VENV)/bin/corpus evaluate tests/gold_blind314
	$(VENV)/bin/corpus evaluate tests/gold_blind315
	$(VENV)/bin/corpus evaluate tests/gold_blind316
	$(VENV)/bin/corpus evaluate tests/gold_blind317
	$(VENV)/bin/corpus evaluate tests/gold_blind318
	$(VENV)/bin/corpus evaluate tests/gold_blind319
	$(VENV)/bin/corpus evaluate tests/gold_blind320
	$(VENV)/bin/corpus evaluate tests/gold_blind321
	$(VENV)/bin/corpus evaluate tests/gold_blind322
	$(VENV)/bin/corpus evaluate tests/gold_blind323
	$(VENV)/bin/corpus evaluate tests/gold_blind324
	$(VENV)/bin/corpus evaluate tests/gold_blind325
	$(VENV)/bin/corpus evaluate tests/gold_blind326
	$(VENV)/bin/corpus evaluate tests/gold_blind327
	$(VENV)/bin/corpus evaluate tests/gold_blind328
	$(VENV)/bin/corpus evaluate tests/gold_blind329
	$(VENV)/bin/corpus evaluate tests/gold_blind330
	$(VENV)/bin/corpus evaluate tests/gold_blind331
	$(VENV)/bin/corpus evaluate tests/gold_blind332
	@if [ -d ../shared/devset ]; then $(VENV)/bin/corpus evaluate ../shared/devset; \
	else echo "no ../shared/devset: dev-set scores skipped"; fi

lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks/

bench: $(STAMP)
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) reports .pytest_cache
