<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>团长</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a person&apos;s</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>a person&apos;s post</comment>
        <translation>职务</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <source>Summit files (*.summit);;All files (*)</source>
        <translation>峰会文件 (*.summit);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Summit</source>
        <translation>打开峰会</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Import Agenda Issues</source>
        <translation>导入议题</translation>
    </message>
    <message>
        <source>Spreadsheets and tables (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Server Summit</source>
        <translation>打开服务器上的峰会</translation>
    </message>
    <message>
        <source>The summit&apos;s address, such as postgresql://you@server/delegation?summit=astana (the password comes from ~/.pgpass or PGPASSWORD):</source>
        <translation>峰会地址，例如 postgresql://you@server/delegation?summit=astana（密码取自 ~/.pgpass 或 PGPASSWORD）：</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>融资</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借款方</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>贷款方</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>融资工具</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>资金额度</translation>
    </message>
    <message>
        <source>Financing requests</source>
        <translation>融资申请</translation>
    </message>
    <message numerus="yes">
        <source>%n request</source>
        <comment>%n requests</comment>
        <translation>
            <numerusform>%n 项申请</numerusform>
        </translation>
    </message>
    <message>
        <source>Financing totals</source>
        <translation>融资合计</translation>
    </message>
    <message>
        <source>By</source>
        <translation>分组依据</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>合计（%1）</translation>
    </message>
    <message>
        <source>Without a rate</source>
        <translation>无汇率</translation>
    </message>
    <message>
        <source>In reporting currency</source>
        <translation>按报告货币</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>无汇率</translation>
    </message>
    <message>
        <source>No exchange rate for %1: left out of every total.</source>
        <translation>%1 没有汇率：不计入任何合计。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 skipped, %4 unchanged, %5, from sheet “%6”.</source>
        <translation>新增 %1，更新 %2，跳过 %3，未变 %4，%5，来自工作表“%6”。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem</source>
        <comment>%n problems</comment>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source> New tracks: %1.</source>
        <translation> 新领域：%1。</translation>
    </message>
    <message>
        <source> New rooms: %1.</source>
        <translation> 新会议室：%1。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Sheet %1, row %2</source>
        <translation>工作表 %1，第 %2 行</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>，%1 列</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem.</source>
        <comment>… and %n more problems.</comment>
        <translation>
            <numerusform>…另有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet %1, row %2: passed over, %3: “%4”.</source>
        <translation>工作表 %1，第 %2 行：已跳过，%3：“%4”。</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>没有可导入的内容</translation>
    </message>
    <message>
        <source>No row of %1 is new or changes what the summit has; nothing was changed.</source>
        <translation>%1 中没有新的或会改变峰会内容的行；未做任何更改。</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>已从 %1 导入</translation>
    </message>
    <message>
        <source>New tracks: %1</source>
        <translation>新领域：%1</translation>
    </message>
    <message>
        <source>Edit ▸ Undo (Ctrl+Z) takes the whole import back in one step.</source>
        <translation>“编辑 ▸ 撤销”(Ctrl+Z) 可一步撤回整个导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem was found; the rows it concerns were skipped.</source>
        <comment>%n problems were found; the rows they concern were skipped.</comment>
        <translation>
            <numerusform>发现 %n 个问题；相关的行已跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头方</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Issue ID</source>
        <translation>议题 ID</translation>
    </message>
    <message>
        <source>Agenda issues</source>
        <translation>议题</translation>
    </message>
    <message numerus="yes">
        <source>%n issue</source>
        <comment>%n issues</comment>
        <translation>
            <numerusform>%n 个议题</numerusform>
        </translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Head of state</source>
        <translation>国家元首</translation>
    </message>
    <message>
        <source>Head of government</source>
        <translation>政府首脑</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>部长</translation>
    </message>
    <message>
        <source>Deputy minister</source>
        <translation>副部长</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>大使</translation>
    </message>
    <message>
        <source>Senior official</source>
        <translation>高级官员</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Heads of state</source>
        <translation>元首级</translation>
    </message>
    <message>
        <source>Ministers</source>
        <translation>部长级</translation>
    </message>
    <message>
        <source>Deputy ministers</source>
        <translation>副部长级</translation>
    </message>
    <message>
        <source>Senior officials</source>
        <translation>高官级</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部会议</translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation>双边会见</translation>
    </message>
    <message>
        <source>Multilateral</source>
        <translation>多边会议</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>全体会议</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>东道方</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客方</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待议</translation>
    </message>
    <message>
        <source>Under negotiation</source>
        <translation>谈判中</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>已商定</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>有条件支持</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>Oppose</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Support</source>
        <comment>matrix cell</comment>
        <translation>支持</translation>
    </message>
    <message>
        <source>Cond.</source>
        <translation>有条件</translation>
    </message>
    <message>
        <source>Neutral</source>
        <comment>matrix cell</comment>
        <translation>中立</translation>
    </message>
    <message>
        <source>Oppose</source>
        <comment>matrix cell</comment>
        <translation>反对</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>matrix cell</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Disbursing</source>
        <translation>拨付中</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Concessional loan</source>
        <translation>优惠贷款</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>无偿援助</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>信贷额度</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>股权投资</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>担保</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Delegation double-booked</source>
        <translation>代表团时间冲突</translation>
    </message>
    <message>
        <source>Person double-booked</source>
        <translation>人员时间冲突</translation>
    </message>
    <message>
        <source>Room double-booked</source>
        <translation>会议室重复预订</translation>
    </message>
    <message>
        <source>Outside the summit&apos;s hours</source>
        <translation>超出峰会时间</translation>
    </message>
    <message>
        <source>Room too small</source>
        <translation>会议室太小</translation>
    </message>
    <message>
        <source>Short transfer</source>
        <translation>转场时间不足</translation>
    </message>
    <message>
        <source>Level mismatch</source>
        <translation>级别不对等</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Summit Planner will use the chosen language when it is next started.</source>
        <translation>Summit Planner 将在下次启动时使用所选语言。</translation>
    </message>
    <message>
        <source>Plan a summit&apos;s meetings, agenda issues, positions and financing. Without a FILE the last opened summit is shown (the built-in sample on the first run).</source>
        <translation>规划峰会的会议、议题、立场和融资。未指定 FILE 时显示上次打开的峰会（首次运行时为内置示例）。</translation>
    </message>
    <message>
        <source>Commands (run &apos;{command}&apos;): {commands}.</source>
        <translation>命令（运行“{command}”）：{commands}。</translation>
    </message>
    <message>
        <source>open the built-in Astana 2025 sample summit</source>
        <translation>打开内置的“阿斯塔纳 2025”示例峰会</translation>
    </message>
    <message>
        <source>create a summit file and exit</source>
        <translation>创建峰会文件后退出</translation>
    </message>
    <message>
        <source>fill it with the Astana 2025 sample</source>
        <translation>用“阿斯塔纳 2025”示例填充</translation>
    </message>
    <message>
        <source>print a summit&apos;s name, dates, time zone and counts</source>
        <translation>显示峰会的名称、日期、时区和数量</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>输出一个 JSON 对象</translation>
    </message>
    <message>
        <source>print the file&apos;s integrity and every conflict; exit 1 if any is an error</source>
        <translation>显示文件完整性和所有冲突；如有错误则以 1 退出</translation>
    </message>
    <message>
        <source>import agenda issues from Excel or CSV</source>
        <translation>从 Excel 或 CSV 导入议题</translation>
    </message>
    <message>
        <source>summit file or URI to open</source>
        <translation>要打开的峰会文件或 URI</translation>
    </message>
    <message>
        <source>the summit</source>
        <translation>峰会</translation>
    </message>
    <message>
        <source>.xlsx, .csv or .txt</source>
        <translation>.xlsx、.csv 或 .txt</translation>
    </message>
    <message>
        <source>the sheet to read (default: the one with a table)</source>
        <translation>要读取的工作表（默认：含表格的工作表）</translation>
    </message>
    <message>
        <source>map a column to a field (field empty: ignore the column)</source>
        <translation>将列映射到字段（字段为空：忽略该列）</translation>
    </message>
    <message>
        <source>meetings: refuse rooms the summit does not have instead of creating them</source>
        <translation>会议：拒绝峰会中没有的会议室，而不是新建</translation>
    </message>
    <message>
        <source>check only; change nothing</source>
        <translation>仅检查；不做任何更改</translation>
    </message>
    <message>
        <source>write a cleaned copy of a file that holds what a summit file may not</source>
        <translation>为含有峰会文件不允许内容的文件写出清理后的副本</translation>
    </message>
    <message>
        <source>the received summit file</source>
        <translation>收到的峰会文件</translation>
    </message>
    <message>
        <source>the copy (default: “FILE (cleaned)”)</source>
        <translation>副本（默认：“FILE (cleaned)”）</translation>
    </message>
    <message>
        <source>unexpected error ({kind}: {error}).</source>
        <translation>意外错误（{kind}：{error}）。</translation>
    </message>
    <message>
        <source>Created {path}</source>
        <translation>已创建 {path}</translation>
    </message>
    <message>
        <source>{first} to {last} ({zone})</source>
        <translation>{first} 至 {last}（{zone}）</translation>
    </message>
    <message>
        <source>Home delegation: {code}</source>
        <translation>本国代表团：{code}</translation>
    </message>
    <message>
        <source>Delegations: {count}</source>
        <translation>代表团：{count}</translation>
    </message>
    <message>
        <source>People: {count}</source>
        <translation>人员：{count}</translation>
    </message>
    <message>
        <source>Rooms: {count}</source>
        <translation>会议室：{count}</translation>
    </message>
    <message>
        <source>Meetings: {count}</source>
        <translation>会议：{count}</translation>
    </message>
    <message>
        <source>Issues: {count}</source>
        <translation>议题：{count}</translation>
    </message>
    <message>
        <source>Positions: {count}</source>
        <translation>立场：{count}</translation>
    </message>
    <message>
        <source>Financing requests: {count}</source>
        <translation>融资申请：{count}</translation>
    </message>
    <message>
        <source>{problem}; it was left as it is, and “{command}” writes a cleaned copy.</source>
        <translation>{problem}；已保持原样，“{command}”可写出清理后的副本。</translation>
    </message>
    <message>
        <source>Integrity: {count}+ problems</source>
        <translation>完整性：{count}+ 个问题</translation>
    </message>
    <message numerus="yes">
        <source>Integrity: %n problem</source>
        <comment>Integrity: %n problems</comment>
        <translation>
            <numerusform>完整性：%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts: not looked for; “{command}” writes a cleaned copy to check instead.</source>
        <translation>冲突：未检查；“{command}”可写出清理后的副本以供检查。</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>完整性：正常</translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <comment>%n errors</comment>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <comment>%n warnings</comment>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts: {errors}, {warnings}</source>
        <translation>冲突：{errors}，{warnings}</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>{severity} [{kind}; meetings {ids}] {message}</source>
        <translation>{severity} [{kind}；会议 {ids}] {message}</translation>
    </message>
    <message numerus="yes">
        <source>The list is cut: %n more conflict is counted but not listed. Overlaps by delegation, person or room and day:</source>
        <comment>The list is cut: %n more conflicts are counted but not listed. Overlaps by delegation, person or room and day:</comment>
        <translation>
            <numerusform>列表已截断：另有 %n 项冲突已计数但未列出。按代表团、人员或会议室及日期统计的重叠：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change</source>
        <comment>%n changes</comment>
        <translation>
            <numerusform>%n 处更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {written}: a cleaned copy of {name} ({changes}; {name} itself was left as it is).</source>
        <translation>已写入 {written}：{name} 的清理副本（{changes}；{name} 本身保持原样）。</translation>
    </message>
    <message>
        <source>--map takes HEADER=field, not “{item}”.</source>
        <translation>--map 的格式为 HEADER=field，而不是“{item}”。</translation>
    </message>
    <message>
        <source>nothing in {name} could be imported.</source>
        <translation>{name} 中没有可导入的内容。</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {skipped} skipped (would be imported from sheet “{sheet}”).</source>
        <translation>新建 {created}，更新 {updated}，跳过 {skipped}（将从工作表“{sheet}”导入）。</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {skipped} skipped (were imported from sheet “{sheet}”).</source>
        <translation>新建 {created}，更新 {updated}，跳过 {skipped}（已从工作表“{sheet}”导入）。</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged.</source>
        <comment>%n unchanged.</comment>
        <translation>
            <numerusform>%n 项未变。</numerusform>
        </translation>
    </message>
    <message>
        <source>New tracks: {names}.</source>
        <translation>新领域：{names}。</translation>
    </message>
    <message>
        <source>New rooms: {names}.</source>
        <translation>新会议室：{names}。</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {message}</source>
        <translation>第 {row} 行，{column} 列：{message}</translation>
    </message>
    <message>
        <source>row {row}: {message}</source>
        <translation>第 {row} 行：{message}</translation>
    </message>
    <message numerus="yes">
        <source>The panel lists the first %n; the rest are counted there by delegation, person or room and day.</source>
        <comment>The panel lists the first %n; the rest are counted there by delegation, person or room and day.</comment>
        <translation>
            <numerusform>面板列出前 %n 项；其余按代表团、人员或会议室及日期在面板中计数。</numerusform>
        </translation>
    </message>
    <message>
        <source>New Meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation>无法编辑</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation>编辑会议</translation>
    </message>
    <message>
        <source>Move Meeting</source>
        <translation>移动会议</translation>
    </message>
    <message>
        <source>Cannot Move the Meeting</source>
        <translation>无法移动会议</translation>
    </message>
    <message>
        <source>Change Duration</source>
        <translation>更改时长</translation>
    </message>
    <message>
        <source>Cannot Change the Duration</source>
        <translation>无法更改时长</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>标记为“%1”</translation>
    </message>
    <message>
        <source>Cannot Change the Status</source>
        <translation>无法更改状态</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n meeting</source>
        <comment>Delete %n meetings</comment>
        <translation>
            <numerusform>删除 %n 场会议</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Duplicate Meeting</source>
        <translation>复制会议</translation>
    </message>
    <message>
        <source>Cannot Duplicate</source>
        <translation>无法复制</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>%n more conflict, not listed; by delegation, person or room and day:</source>
        <comment>%n more conflicts, not listed; by delegation, person or room and day:</comment>
        <translation>
            <numerusform>另有 %n 项冲突未列出；按代表团、人员或会议室及日期：</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <comment>+ %n more</comment>
        <translation>
            <numerusform>+ 另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Clash: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <comment>%n waiting</comment>
        <translation>
            <numerusform>%n 项待定</numerusform>
        </translation>
    </message>
    <message>
        <source>Wall chart, %1</source>
        <translation>挂图，%1</translation>
    </message>
    <message>
        <source>%1, no room</source>
        <translation>%1，无会议室</translation>
    </message>
    <message>
        <source>%1: meetings without a room</source>
        <translation>%1：无会议室的会议</translation>
    </message>
    <message>
        <source>Without a room, %1</source>
        <translation>无会议室，%1</translation>
    </message>
    <message>
        <source>the first %1; %2; the rest are counted by delegation, person or room and day on the Conflicts sheet</source>
        <translation>前 %1 项；%2；其余按代表团、人员或会议室及日期在“冲突”工作表中计数</translation>
    </message>
    <message>
        <source>Conflicts listed</source>
        <translation>已列出的冲突</translation>
    </message>
    <message>
        <source>Overlaps counted, not listed</source>
        <translation>已计数但未列出的重叠</translation>
    </message>
    <message numerus="yes">
        <source>%n group of overlapping meetings (%1 pairs)</source>
        <comment>%n groups of overlapping meetings (%1 pairs)</comment>
        <translation>
            <numerusform>%n 组时间重叠的会议（%1 对）</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The list above is cut: the summit&apos;s first %1 conflicts are listed (those of these meetings among them); below, the overlaps by delegation, person or room and day, counted.</source>
        <translation>上面的列表已截断：列出了峰会的前 %1 项冲突（其中包括这些会议的冲突）；下面是按代表团、人员或会议室及日期统计的重叠。</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting</source>
        <comment>%n meetings</comment>
        <translation>
            <numerusform>%n 场会议</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Meeting ID</source>
        <translation>会议 ID</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, counted in the Conflicts panel&apos;s groups.</source>
        <comment>… and %n more, counted in the Conflicts panel&apos;s groups.</comment>
        <translation>
            <numerusform>…另有 %n 项，计入冲突面板的分组中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Open Summit</source>
        <translation>无法打开峰会</translation>
    </message>
    <message>
        <source>Summit Open Elsewhere</source>
        <translation>峰会已在别处打开</translation>
    </message>
    <message>
        <source>Summit Cannot Be Changed</source>
        <translation>无法更改峰会</translation>
    </message>
    <message>
        <source>Open it read-only? You can read, export and copy it, not change it.</source>
        <translation>以只读方式打开？您可以阅读、导出和复制，但不能更改。</translation>
    </message>
    <message>
        <source>Open a cleaned copy instead? It is written beside the file, which stays as it is.</source>
        <translation>改为打开清理后的副本？副本写在该文件旁边，原文件保持不变。</translation>
    </message>
    <message>
        <source>Its newest good backup, from %1, has %2 and %3. Restore it?</source>
        <translation>其最新的完好备份（%1）包含 %2 和 %3。要恢复吗？</translation>
    </message>
    <message>
        <source>Restore Backup As</source>
        <translation>将备份恢复为</translation>
    </message>
    <message>
        <source>Opened %1, a cleaned copy of %2 (%3 changes).</source>
        <translation>已打开 %1，即 %2 的清理副本（%3 处更改）。</translation>
    </message>
    <message>
        <source>Cannot Restore the Backup</source>
        <translation>无法恢复备份</translation>
    </message>
    <message>
        <source>%1 is open in another window; choose another name.</source>
        <translation>%1 已在另一个窗口中打开；请另选名称。</translation>
    </message>
    <message>
        <source>That file is the summit that is open now; choose another name.</source>
        <translation>该文件就是当前打开的峰会；请另选名称。</translation>
    </message>
    <message>
        <source>%1 is already open in %5 on %2 since %3 (process %4).</source>
        <translation>%1 自 %3 起已在 %2 上的 %5 中打开（进程 %4）。</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>{name} is open for writing in {program} (process {pid} of user {user}) on {host} since {since}; close it there and try again.</source>
        <translation>{name} 自 {since} 起在 {host} 上的 {program} 中以写入方式打开（用户 {user} 的进程 {pid}）；请在那里关闭后重试。</translation>
    </message>
    <message>
        <source>{name} is open for writing in {program} (process {pid}) on {host} since {since}; close it there and try again.</source>
        <translation>{name} 自 {since} 起在 {host} 上的 {program} 中以写入方式打开（进程 {pid}）；请在那里关闭后重试。</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>其他程序</translation>
    </message>
    <message>
        <source>{name} is read-only (its permissions allow no changes); make it writable, or work on a copy.</source>
        <translation>{name} 为只读（其权限不允许更改）；请将其设为可写，或使用副本工作。</translation>
    </message>
    <message>
        <source>like its lock</source>
        <translation>类似其锁文件</translation>
    </message>
    <message>
        <source>The folder of {name} holds something named {named} that is not a Summit Planner lock file; remove it to change the summit.</source>
        <translation>{name} 所在文件夹中有一个名为 {named} 的项目，它不是 Summit Planner 的锁文件；删除它后才能更改峰会。</translation>
    </message>
    <message>
        <source>The folder of {name} cannot be written to, so the summit cannot change.</source>
        <translation>无法写入 {name} 所在的文件夹，因此峰会无法更改。</translation>
    </message>
    <message>
        <source>{name} cannot be locked for writing ({detail}); nothing was changed.</source>
        <translation>无法锁定 {name} 以进行写入（{detail}）；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 is read-only: its permissions allow no changes.</source>
        <translation>%1 为只读：其权限不允许更改。</translation>
    </message>
    <message>
        <source>The folder of %1 holds something named %2 that is not a lock file of Summit Planner, so the summit cannot be changed while it is there.</source>
        <translation>%1 所在文件夹中有一个名为 %2 的项目，它不是 Summit Planner 的锁文件，只要它还在，峰会就无法更改。</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written to, so the summit cannot change.</source>
        <translation>无法写入 %1 所在的文件夹，因此峰会无法更改。</translation>
    </message>
    <message>
        <source>%1 cannot be locked for writing (%2).</source>
        <translation>无法锁定 %1 以进行写入（%2）。</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>红线</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>备选立场</translation>
    </message>
    <message numerus="yes">
        <source>%n position</source>
        <comment>%n positions</comment>
        <translation>
            <numerusform>%n 条立场</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 support, %2 conditional, %3 oppose, %4 neutral, %5 unknown</source>
        <translation>支持 %1，有条件支持 %2，反对 %3，中立 %4，未知 %5</translation>
    </message>
    <message>
        <source>How many delegations support, support on conditions, oppose</source>
        <translation>支持、有条件支持、反对的代表团数量</translation>
    </message>
    <message>
        <source>%1 (backup of %2).summit</source>
        <translation>%1（%2 的备份）.summit</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>峰会</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>本方</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>programme of %1</source>
        <translation>%1 的日程</translation>
    </message>
    <message>
        <source>meetings of %1 — %2</source>
        <translation>%1 的会议 — %2</translation>
    </message>
    <message>
        <source>whole summit</source>
        <translation>整个峰会</translation>
    </message>
    <message>
        <source>Internal: our own team only; holds what the delegation keeps to itself</source>
        <translation>内部：仅限本方团队；包含代表团内部掌握的内容</translation>
    </message>
    <message>
        <source>External: for sending outside the delegation; leaves out %1</source>
        <translation>外部：用于发给代表团以外；不包含%1</translation>
    </message>
    <message>
        <source>all days</source>
        <translation>所有日期</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>首日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>末日</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>For</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Home delegation</source>
        <translation>本国代表团</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>报告货币</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>工作日开始</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>工作日结束</translation>
    </message>
    <message>
        <source>Slot length (minutes)</source>
        <translation>时段长度（分钟）</translation>
    </message>
    <message>
        <source>Transfer time (minutes)</source>
        <translation>转场时间（分钟）</translation>
    </message>
    <message>
        <source>Scheduling: high priorities early (weight)</source>
        <translation>排程：高优先级靠前（权重）</translation>
    </message>
    <message>
        <source>Scheduling: breaks for principals (weight)</source>
        <translation>排程：主要领导人的休息时间（权重）</translation>
    </message>
    <message>
        <source>Scheduling: no idle hour for principals (weight)</source>
        <translation>排程：避免主要领导人空等一小时（权重）</translation>
    </message>
    <message>
        <source>Scheduling: a delegation keeps its room (weight)</source>
        <translation>排程：代表团保持同一会议室（权重）</translation>
    </message>
    <message>
        <source>Scheduling: the smallest room that fits (weight)</source>
        <translation>排程：容量足够的最小会议室（权重）</translation>
    </message>
    <message>
        <source>Summit Settings</source>
        <translation>峰会设置</translation>
    </message>
    <message>
        <source>Change Summit Settings</source>
        <translation>更改峰会设置</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Summit…</source>
        <translation>新建峰会(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Ser&amp;ver Summit…</source>
        <translation>打开服务器上的峰会(&amp;V)…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Summit</source>
        <translation>打开示例峰会(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import Agenda Issues…</source>
        <translation>导入议题(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Programme…</source>
        <translation>导出日程(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <translation>导出日历(&amp;L)…</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y As…</source>
        <translation>另存副本(&amp;Y)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Summit &amp;Settings…</source>
        <translation>峰会设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Conflicts &amp;Panel</source>
        <translation>冲突面板(&amp;P)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Summit Planner</source>
        <translation>关于 Summit Planner(&amp;A)</translation>
    </message>
    <message>
        <source>Previous or next day (Schedule)</source>
        <translation>前一天或后一天（日程）</translation>
    </message>
    <message>
        <source>Edit the selected meeting, issue or request</source>
        <translation>编辑所选会议、议题或申请</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>删除所选内容</translation>
    </message>
    <message>
        <source>Duplicate the selected meeting</source>
        <translation>复制所选会议</translation>
    </message>
    <message>
        <source>Cancel a drag in the Schedule</source>
        <translation>取消日程中的拖动</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Set stances in Positions</source>
        <translation>在“立场”中设置立场</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Getting started&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Schedule&lt;/b&gt; (Ctrl+1) shows one summit day as a wall chart. Drag a meeting to move it, drag its lower edge to change its length, double-click an empty slot to create one. Select a meeting to read its details beside the chart.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Meetings&lt;/b&gt; (Ctrl+2) lists every meeting. Type a delegation, a person, a room or an issue code into the search field to find their meetings; the details pane shows the agenda, the people and the conflicts of the selected one, and the next meetings of a person.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Issues&lt;/b&gt; (Ctrl+3) holds the agenda issues and where each came up; &lt;b&gt;Positions&lt;/b&gt; (Ctrl+4) where every delegation stands on each, with talking points and red lines; &lt;b&gt;Financing&lt;/b&gt; (Ctrl+5) the requests, the envelopes they draw on, totals and history; &lt;b&gt;Delegations&lt;/b&gt; (Ctrl+6) the people and rooms.&lt;/p&gt;&lt;p&gt;Every change is saved at once and can be undone (Ctrl+Z). Conflicts are counted in the status bar; View ▸ Conflicts Panel lists them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;入门&lt;/h3&gt;&lt;p&gt;&lt;b&gt;日程&lt;/b&gt;（Ctrl+1）以挂图形式显示峰会的一天。拖动会议可移动它，拖动其下边缘可更改时长，双击空白时段可新建会议。选择会议可在挂图旁查看其详细信息。&lt;/p&gt;&lt;p&gt;&lt;b&gt;会议&lt;/b&gt;（Ctrl+2）列出所有会议。在搜索框中输入代表团、人员、会议室或议题代码即可查找相关会议；详细信息面板显示所选会议的议程、人员和冲突，以及某人接下来的会议。&lt;/p&gt;&lt;p&gt;&lt;b&gt;议题&lt;/b&gt;（Ctrl+3）包含各项议题及其提出场合；&lt;b&gt;立场&lt;/b&gt;（Ctrl+4）显示各代表团对每项议题的立场，以及谈话要点和红线；&lt;b&gt;融资&lt;/b&gt;（Ctrl+5）包含申请、所用资金额度、合计和历史；&lt;b&gt;代表团&lt;/b&gt;（Ctrl+6）包含人员和会议室。&lt;/p&gt;&lt;p&gt;每项更改都会立即保存，并可撤销（Ctrl+Z）。状态栏中统计冲突数量；“视图 ▸ 冲突面板”会列出这些冲突。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>About Summit Planner</source>
        <translation>关于 Summit Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Summit Planner %1&lt;/h3&gt;&lt;p&gt;Plan a summit&apos;s meetings, agenda issues, positions and financing requests.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Summit Planner %1&lt;/h3&gt;&lt;p&gt;规划峰会的会议、议题、立场和融资申请。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A backup cannot be restored over the summit that is open; choose another name.</source>
        <translation>不能将备份恢复到当前打开的峰会上；请另选名称。</translation>
    </message>
    <message>
        <source>“{title}” ({day} {start}–{end})</source>
        <translation>“{title}” ({day} {start}–{end})</translation>
    </message>
    <message>
        <source>Unknown delegation</source>
        <translation>未知代表团</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>{name} ({rank}, {code})</source>
        <translation>{name} ({rank}, {code})</translation>
    </message>
    <message>
        <source>an unknown room</source>
        <translation>未知会议室</translation>
    </message>
    <message>
        <source>head of state</source>
        <translation>国家元首</translation>
    </message>
    <message>
        <source>head of government</source>
        <translation>政府首脑</translation>
    </message>
    <message>
        <source>minister</source>
        <translation>部长</translation>
    </message>
    <message>
        <source>deputy minister</source>
        <translation>副部长</translation>
    </message>
    <message>
        <source>ambassador</source>
        <translation>大使</translation>
    </message>
    <message>
        <source>senior official</source>
        <translation>高级官员</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>{who} hold two meetings at once: {first} and {second}.</source>
        <translation>{who} 同时安排了两场会议：{first} 和 {second}。</translation>
    </message>
    <message>
        <source>{who} holds two meetings at once: {first} and {second}.</source>
        <translation>{who} 同时安排了两场会议：{first} 和 {second}。</translation>
    </message>
    <message>
        <source>{who} are expected in two meetings at once: {first} and {second}.</source>
        <translation>{who} 需要同时出席两场会议：{first} 和 {second}。</translation>
    </message>
    <message>
        <source>{who} is expected in two meetings at once: {first} and {second}.</source>
        <translation>{who} 需要同时出席两场会议：{first} 和 {second}。</translation>
    </message>
    <message>
        <source>{who} have {gap} to get from {here} to {there} between {first} and {second}; the transfer time is {transfer}.</source>
        <translation>{who} 在 {first} 和 {second} 之间只有 {gap} 从“{here}”前往“{there}”；转场时间为 {transfer}。</translation>
    </message>
    <message>
        <source>{who} has {gap} to get from {here} to {there} between {first} and {second}; the transfer time is {transfer}.</source>
        <translation>{who} 在 {first} 和 {second} 之间只有 {gap} 从“{here}”前往“{there}”；转场时间为 {transfer}。</translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <comment>%n minutes</comment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>{meeting} is outside the summit&apos;s days ({first} to {last}).</source>
        <translation>{meeting} 不在峰会日期内（{first} 至 {last}）。</translation>
    </message>
    <message>
        <source>{meeting} is outside the working hours ({start}–{end}).</source>
        <translation>{meeting} 不在工作时间内（{start}–{end}）。</translation>
    </message>
    <message>
        <source>{meeting} has {required} required attendees but {room} seats {capacity}.</source>
        <translation>{meeting} 有 {required} 名必需出席者，但 {room} 只有 {capacity} 个座位。</translation>
    </message>
    <message>
        <source>{meeting} is confirmed but has no room.</source>
        <translation>{meeting} 已确认，但尚未安排会议室。</translation>
    </message>
    <message>
        <source>In {meeting}, {senior} faces {junior} as the most senior of their delegation.</source>
        <translation>在 {meeting} 中，{senior} 面对的是其代表团中级别最高的 {junior}。</translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping pair</source>
        <comment>%n overlapping pairs</comment>
        <translation>
            <numerusform>%n 对时间重叠</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>among %n meeting</source>
        <comment>among %n meetings</comment>
        <translation>
            <numerusform>涉及 %n 场会议</numerusform>
        </translation>
    </message>
    <message>
        <source>{who} is double-booked on {day}: {pairs} {among}.</source>
        <translation>{who} 在 {day} 重复预订：{among}，{pairs}。</translation>
    </message>
    <message>
        <source>{who} is expected in two meetings at once on {day}: {pairs} {among}.</source>
        <translation>{who} 在 {day} 需要同时出席两场会议：{among}，{pairs}。</translation>
    </message>
    <message>
        <source>The delegation code is empty; type one.</source>
        <translation>代表团代码为空；请输入。</translation>
    </message>
    <message>
        <source>“{code}” is not a delegation code; use two letters (ISO 3166, e.g. KZ) or an organisation&apos;s short code of up to 12 letters, digits or hyphens.</source>
        <translation>“{code}”不是代表团代码；请使用两个字母（ISO 3166，例如 KZ）或不超过 12 个字母、数字或连字符的组织简称。</translation>
    </message>
    <message>
        <source>Another delegation already has the code {code}.</source>
        <translation>另一个代表团已使用代码 {code}。</translation>
    </message>
    <message>
        <source>The delegation name is empty; type one.</source>
        <translation>代表团名称为空；请输入。</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour; use the form #1F77B4.</source>
        <translation>“{colour}”不是颜色；请使用 #1F77B4 这样的格式。</translation>
    </message>
    <message>
        <source>The precedence must be a whole number.</source>
        <translation>礼宾顺序必须是整数。</translation>
    </message>
    <message>
        <source>The person&apos;s name is empty; type one.</source>
        <translation>人员姓名为空；请输入。</translation>
    </message>
    <message>
        <source>Choose the delegation this person belongs to.</source>
        <translation>请选择此人所属的代表团。</translation>
    </message>
    <message numerus="yes">
        <source>{name} attends %n meeting for their present delegation; remove them from it before moving them to another delegation.</source>
        <comment>{name} attends %n meetings for their present delegation; remove them from those meetings before moving them to another delegation.</comment>
        <translation>
            <numerusform>{name} 以其现所属代表团身份出席 %n 场会议；请先将其从这些会议中移除，再将其调往另一个代表团。</numerusform>
        </translation>
    </message>
    <message>
        <source>“{value}” is not a rank.</source>
        <translation>“{value}”不是级别。</translation>
    </message>
    <message>
        <source>The room name is empty; type one.</source>
        <translation>会议室名称为空；请输入。</translation>
    </message>
    <message>
        <source>Another room is already called “{name}”.</source>
        <translation>已有名为“{name}”的会议室。</translation>
    </message>
    <message>
        <source>The capacity must be a whole number of seats.</source>
        <translation>容量必须是整数个座位。</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>容量不能为负数。</translation>
    </message>
    <message numerus="yes">
        <source>it takes part in %n meeting</source>
        <comment>it takes part in %n meetings</comment>
        <translation>
            <numerusform>其参加了 %n 场会议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n financing request</source>
        <comment>it has %n financing requests</comment>
        <translation>
            <numerusform>其有 %n 项融资申请</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it is referred to by %n other record</source>
        <comment>it is referred to by %n other records</comment>
        <translation>
            <numerusform>有 %n 条其他记录引用了它</numerusform>
        </translation>
    </message>
    <message>
        <source>{names} cannot be deleted: {reasons}. Remove it from those first, then delete it.</source>
        <translation>无法删除 {names}：{reasons}。请先解除这些关联，然后再删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n person of the delegation will be deleted.</source>
        <comment>%n people of the delegation will be deleted.</comment>
        <translation>
            <numerusform>将删除该代表团的 %n 名人员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting attendance will be removed.</source>
        <comment>%n meeting attendances will be removed.</comment>
        <translation>
            <numerusform>将移除 %n 条会议出席记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded position will be deleted.</source>
        <comment>%n recorded positions will be deleted.</comment>
        <translation>
            <numerusform>将删除 %n 条已记录的立场。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda issue will have no lead delegation.</source>
        <comment>%n agenda issues will have no lead delegation.</comment>
        <translation>
            <numerusform>%n 个议题将没有牵头代表团。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting will have no room.</source>
        <comment>%n meetings will have no room.</comment>
        <translation>
            <numerusform>%n 场会议将没有会议室。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a rate for {currency}.</source>
        <translation>{currency} 的汇率已存在。</translation>
    </message>
    <message>
        <source>Give the date the rate is valid for.</source>
        <translation>请填写汇率的生效日期。</translation>
    </message>
    <message>
        <source>A {current} request cannot become {target}; it can become {allowed}.</source>
        <translation>状态为“{current}”的申请不能变为“{target}”；可变为：{allowed}。</translation>
    </message>
    <message>
        <source>A {current} request cannot become {target}; it is final.</source>
        <translation>状态为“{current}”的申请不能变为“{target}”；该状态为最终状态。</translation>
    </message>
    <message>
        <source>The request has no title; type one.</source>
        <translation>申请没有标题；请输入。</translation>
    </message>
    <message>
        <source>“{code}” is not a request code; use e.g. FIN-07.</source>
        <translation>“{code}”不是申请代码；请使用例如 FIN-07 的格式。</translation>
    </message>
    <message>
        <source>Another request already has the code {code}.</source>
        <translation>另一项申请已使用代码 {code}。</translation>
    </message>
    <message>
        <source>Choose the delegation that asks (the borrower).</source>
        <translation>请选择提出申请的代表团（借款方）。</translation>
    </message>
    <message>
        <source>Choose who is asked (the lender).</source>
        <translation>请选择申请对象（贷款方）。</translation>
    </message>
    <message>
        <source>Choose an instrument.</source>
        <translation>请选择融资工具。</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>请选择状态。</translation>
    </message>
    <message>
        <source>The agenda issue no longer exists.</source>
        <translation>该议题已不存在。</translation>
    </message>
    <message>
        <source>The envelope no longer exists.</source>
        <translation>该资金额度已不存在。</translation>
    </message>
    <message>
        <source>The envelope {name} is the lender {short_name}&apos;s; a request drawing on it must be asked of that lender.</source>
        <translation>资金额度 {name} 属于贷款方 {short_name}；使用该额度的申请必须向该贷款方提出。</translation>
    </message>
    <message>
        <source>A chosen meeting no longer exists.</source>
        <translation>所选会议已不存在。</translation>
    </message>
    <message>
        <source>A new request starts as a draft or as submitted; move it on from there.</source>
        <translation>新申请须以草稿或已提交状态开始，之后再推进。</translation>
    </message>
    <message>
        <source>Totals cannot be made by {by}.</source>
        <translation>不能按“{by}”进行合计。</translation>
    </message>
    <message>
        <source>“{code}” is not an issue code; use letters, a hyphen and a number, e.g. ECO-07.</source>
        <translation>“{code}”不是议题代码；请使用字母、连字符和数字，例如 ECO-07。</translation>
    </message>
    <message>
        <source>Another issue already has the code {code}.</source>
        <translation>另一个议题已使用代码 {code}。</translation>
    </message>
    <message>
        <source>The issue has no title; type one.</source>
        <translation>议题没有标题；请输入。</translation>
    </message>
    <message>
        <source>Choose the track the issue belongs to.</source>
        <translation>请选择议题所属的领域。</translation>
    </message>
    <message>
        <source>“{value}” is not a priority.</source>
        <translation>“{value}”不是优先级。</translation>
    </message>
    <message>
        <source>“{value}” is not an issue status.</source>
        <translation>“{value}”不是议题状态。</translation>
    </message>
    <message>
        <source>The lead delegation no longer exists.</source>
        <translation>牵头代表团已不存在。</translation>
    </message>
    <message>
        <source>The due date is not a date.</source>
        <translation>截止日期不是有效日期。</translation>
    </message>
    <message numerus="yes">
        <source>They are removed from %n meeting agenda item.</source>
        <comment>They are removed from %n meeting agenda items.</comment>
        <translation>
            <numerusform>它们将从 %n 个会议议程项中移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}和{second}</translation>
    </message>
    <message>
        <source>The meeting is cancelled; put the issue on another meeting&apos;s agenda.</source>
        <translation>该会议已取消；请将议题列入另一场会议的议程。</translation>
    </message>
    <message>
        <source>The issue is already on that meeting&apos;s agenda; change its minutes in the meeting editor.</source>
        <translation>该议题已在该会议的议程中；请在会议编辑器中更改其分钟数。</translation>
    </message>
    <message>
        <source>A {value} meeting cannot become {value2}; it can become {join}.</source>
        <translation>状态为“{value}”的会议不能变为“{value2}”；可变为：{join}。</translation>
    </message>
    <message>
        <source>The meeting no longer exists; it may have been deleted.</source>
        <translation>该会议已不存在；可能已被删除。</translation>
    </message>
    <message>
        <source>The chosen room no longer exists.</source>
        <translation>所选会议室已不存在。</translation>
    </message>
    <message>
        <source>{names} cannot attend: their delegation does not take part in the meeting.</source>
        <translation>{names} 无法出席：其代表团未参加该会议。</translation>
    </message>
    <message>
        <source>A chosen financing request no longer exists.</source>
        <translation>所选融资申请已不存在。</translation>
    </message>
    <message>
        <source>The meeting has no title; type one.</source>
        <translation>会议没有标题；请输入。</translation>
    </message>
    <message>
        <source>{day} is outside the summit, which runs from {first_day} to {last_day}.</source>
        <translation>{day} 不在峰会期间；峰会自 {first_day} 至 {last_day}。</translation>
    </message>
    <message>
        <source>A meeting lasts from {shortest} minutes to 24 hours; the end must come after the start.</source>
        <translation>会议时长为 {shortest} 分钟至 24 小时；结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>“{level}” is not a meeting level.</source>
        <translation>“{level}”不是会议级别。</translation>
    </message>
    <message>
        <source>“{status}” is not a meeting status.</source>
        <translation>“{status}”不是会议状态。</translation>
    </message>
    <message>
        <source>A priority is 1 (highest) to 4 (lowest).</source>
        <translation>优先级为 1（最高）至 4（最低）。</translation>
    </message>
    <message>
        <source>The latest start comes before the earliest; swap or clear them.</source>
        <translation>最晚开始时间早于最早开始时间；请对调或清除。</translation>
    </message>
    <message>
        <source>Minutes allotted to an issue must be 0 or more.</source>
        <translation>分配给议题的分钟数必须大于或等于 0。</translation>
    </message>
    <message>
        <source>An issue on the agenda no longer exists.</source>
        <translation>议程中的某个议题已不存在。</translation>
    </message>
    <message>
        <source>Choose at least one delegation for the meeting.</source>
        <translation>请至少为会议选择一个代表团。</translation>
    </message>
    <message>
        <source>A chosen delegation no longer exists.</source>
        <translation>所选代表团已不存在。</translation>
    </message>
    <message>
        <source>A meeting has one host; choose only one.</source>
        <translation>一场会议只有一个东道方；请只选择一个。</translation>
    </message>
    <message>
        <source>“{text}” is not an amount; type digits, e.g. 250000000 or 1,250,000.50.</source>
        <translation>“{text}”不是金额；请输入数字，例如 250000000 或 1,250,000.50。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The amount is too large to be real; check the zeros.</source>
        <translation>金额大得不合实际；请检查零的个数。</translation>
    </message>
    <message>
        <source>Amounts have at most two decimals.</source>
        <translation>金额最多保留两位小数。</translation>
    </message>
    <message>
        <source>“{text}” is not a rate; type e.g. 0.1392.</source>
        <translation>“{text}”不是汇率；请输入例如 0.1392。</translation>
    </message>
    <message>
        <source>The rate must be more than zero and below a million.</source>
        <translation>汇率必须大于零且小于一百万。</translation>
    </message>
    <message>
        <source>“{code}” is not a currency code; use ISO 4217, e.g. USD, CNY.</source>
        <translation>“{code}”不是货币代码；请使用 ISO 4217，例如 USD、CNY。</translation>
    </message>
    <message>
        <source>bn</source>
        <translation>十亿</translation>
    </message>
    <message>
        <source>m</source>
        <translation>百万</translation>
    </message>
    <message>
        <source>k</source>
        <translation>千</translation>
    </message>
    <message>
        <source>The data folder {folder} {problem}, so nothing can be saved there; make it a folder you can write to, or set {variable} to another folder.</source>
        <translation>数据文件夹 {folder} {problem}，因此无法在其中保存任何内容；请使其可写，或将 {variable} 设为另一个文件夹。</translation>
    </message>
    <message>
        <source>is a link to a folder that does not exist</source>
        <translation>是指向不存在文件夹的链接</translation>
    </message>
    <message>
        <source>is a file, not a folder</source>
        <translation>是文件而不是文件夹</translation>
    </message>
    <message>
        <source>cannot be created (a file stands where one of its folders should be)</source>
        <translation>无法创建（其某一级文件夹的位置上有一个文件）</translation>
    </message>
    <message>
        <source>cannot be created ({reason})</source>
        <translation>无法创建（{reason}）</translation>
    </message>
    <message>
        <source>cannot be written to (permission denied)</source>
        <translation>无法写入（权限被拒绝）</translation>
    </message>
    <message>
        <source>“{value}” is not a stance.</source>
        <translation>“{value}”不是立场。</translation>
    </message>
    <message>
        <source>An issue or delegation of the selection no longer exists.</source>
        <translation>所选范围中的某个议题或代表团已不存在。</translation>
    </message>
    <message>
        <source>The {label} no longer exists; it may have been deleted.</source>
        <translation>该{label}已不存在；可能已被删除。</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>meeting delegation</source>
        <translation>会议代表团</translation>
    </message>
    <message>
        <source>attendee</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>track</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>agenda issue</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>position</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>lender</source>
        <translation>贷款方</translation>
    </message>
    <message>
        <source>envelope</source>
        <translation>资金额度</translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>financing request</source>
        <translation>融资申请</translation>
    </message>
    <message>
        <source>financing request&apos;s meeting</source>
        <translation>融资申请关联会议</translation>
    </message>
    <message>
        <source>financing status change</source>
        <translation>融资状态变更</translation>
    </message>
    <message>
        <source>summit</source>
        <translation>峰会</translation>
    </message>
    <message>
        <source>{what} could not be saved: {reason}. Nothing was changed.</source>
        <translation>{what}无法保存：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <source>The {label}</source>
        <translation>该{label}</translation>
    </message>
    <message>
        <source>The {label} is still in use and was not deleted.</source>
        <translation>该{label}仍在使用中，未被删除。</translation>
    </message>
    <message>
        <source>Deleting the {label}</source>
        <translation>删除{label}</translation>
    </message>
    <message>
        <source>Restoring the {label}</source>
        <translation>恢复{label}</translation>
    </message>
    <message>
        <source>A cleaned copy cannot replace the received file; choose another name.</source>
        <translation>清理后的副本不能替换收到的文件；请另选名称。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}.</source>
        <translation>无法读取 {name}：{error}。</translation>
    </message>
    <message>
        <source>{name} holds no summit description; it is incomplete.</source>
        <translation>{name} 中没有峰会说明；文件不完整。</translation>
    </message>
    <message>
        <source>A copy cannot replace the file it is made from; choose another name.</source>
        <translation>副本不能替换其来源文件；请另选名称。</translation>
    </message>
    <message>
        <source>The summit&apos;s name is empty; type one.</source>
        <translation>峰会名称为空；请输入。</translation>
    </message>
    <message>
        <source>Give the summit&apos;s first and last day.</source>
        <translation>请填写峰会的首日和末日。</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>末日早于首日。</translation>
    </message>
    <message>
        <source>A summit may last at most {longest} days; check the dates.</source>
        <translation>峰会最长为 {longest} 天；请检查日期。</translation>
    </message>
    <message>
        <source>“{currency}” is not a currency code; use ISO 4217, e.g. USD.</source>
        <translation>“{currency}”不是货币代码；请使用 ISO 4217，例如 USD。</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>工作日的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The slot length must be 5 to 120 minutes.</source>
        <translation>时段长度必须为 5 至 120 分钟。</translation>
    </message>
    <message>
        <source>The transfer time must be 0 to 240 minutes.</source>
        <translation>转场时间必须为 0 至 240 分钟。</translation>
    </message>
    <message>
        <source>The home delegation no longer exists.</source>
        <translation>本国代表团已不存在。</translation>
    </message>
    <message>
        <source>“{name}” is not a time zone; use a name such as Asia/Almaty.</source>
        <translation>“{name}”不是时区；请使用 Asia/Almaty 这样的名称。</translation>
    </message>
    <message>
        <source>The track has no name; type one.</source>
        <translation>领域没有名称；请输入。</translation>
    </message>
    <message>
        <source>Delete one track at a time.</source>
        <translation>请一次删除一个领域。</translation>
    </message>
    <message numerus="yes">
        <source>The track %1 has %n issue; choose the track it moves to.</source>
        <comment>The track %1 has %n issues; choose the track they move to.</comment>
        <translation>
            <numerusform>领域 %1 中有 %n 个议题；请选择要将其移入的领域。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another existing track for its issues.</source>
        <translation>请为其议题选择另一个现有领域。</translation>
    </message>
    <message>
        <source>Deleting the track {name}</source>
        <translation>删除领域 {name}</translation>
    </message>
    <message>
        <source>Restoring the track {name}</source>
        <translation>恢复领域 {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n seat · {building}</source>
        <comment>%n seats · {building}</comment>
        <translation>
            <numerusform>%n 个座位 · {building}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat</source>
        <comment>%n seats</comment>
        <translation>
            <numerusform>%n 个座位</numerusform>
        </translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation>尚无会议室</translation>
    </message>
    <message>
        <source>to be assigned</source>
        <translation>待安排</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more conflict (see the Conflicts panel&apos;s groups).</source>
        <comment>… and %n more conflicts (see the Conflicts panel&apos;s groups).</comment>
        <translation>
            <numerusform>…另有 %n 项冲突（见冲突面板中的分组）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Part of %n conflict (see the Conflicts panel&apos;s groups).</source>
        <comment>Part of %n conflicts (see the Conflicts panel&apos;s groups).</comment>
        <translation>
            <numerusform>涉及 %n 项冲突（见冲突面板中的分组）。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>{path} 处没有文件。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a summit file.</source>
        <translation>{path} 是文件夹，不是峰会文件。</translation>
    </message>
    <message>
        <source>{name} is not a regular file, so it is not a summit file.</source>
        <translation>{name} 不是普通文件，因此不是峰会文件。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {strerror}.</source>
        <translation>无法读取 {name}：{strerror}。</translation>
    </message>
    <message>
        <source>{name} is empty, so it is not a summit file.</source>
        <translation>{name} 为空，因此不是峰会文件。</translation>
    </message>
    <message>
        <source>{name} is a spreadsheet or another ZIP archive, not a summit file; use Import to read agenda issues from a spreadsheet.</source>
        <translation>{name} 是电子表格或其他 ZIP 压缩包，不是峰会文件；要从电子表格读取议题，请使用“导入”。</translation>
    </message>
    <message>
        <source>{name} is not a summit file.</source>
        <translation>{name} 不是峰会文件。</translation>
    </message>
    <message>
        <source>{name} is a database of another application, not a summit file.</source>
        <translation>{name} 是其他应用程序的数据库，不是峰会文件。</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of Summit Planner (file format {user_version}, this version reads up to {supported}); install the newer version to open it.</source>
        <translation>{name} 由更新版本的 Summit Planner 保存（文件格式 {user_version}，本版本最高支持 {supported}）；请安装新版本后打开。</translation>
    </message>
    <message>
        <source>{name} is incomplete: it was never fully created.</source>
        <translation>{name} 不完整：它从未被完整创建。</translation>
    </message>
    <message>
        <source>{name} was left as it is: {journal} beside it {problem}, not a journal of unfinished changes; remove it and try again.</source>
        <translation>{name} 保持原样：其旁边的 {journal} {problem}，不是未完成更改的日志；请删除后重试。</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason}); it was left as it is. Open a backup instead.</source>
        <translation>{name} 已损坏（{reason}）；已保持原样。请改为打开备份。</translation>
    </message>
    <message>
        <source>{name} uses an older file format and must be upgraded before it can be opened read-only.</source>
        <translation>{name} 使用旧的文件格式，必须先升级才能以只读方式打开。</translation>
    </message>
    <message>
        <source>{name} was not opened: its backup could not be written to {backup_dir} ({error}).</source>
        <translation>未打开 {name}：无法将其备份写入 {backup_dir}（{error}）。</translation>
    </message>
    <message>
        <source>{name} already exists; choose another name.</source>
        <translation>{name} 已存在；请另选名称。</translation>
    </message>
    <message>
        <source>The cleaned copy could not be written to {parent}: {strerror}.</source>
        <translation>无法将清理后的副本写入 {parent}：{strerror}。</translation>
    </message>
    <message>
        <source>{name} could not be cleaned ({error}).</source>
        <translation>无法清理 {name}（{error}）。</translation>
    </message>
    <message>
        <source>{name} could not be cleaned ({problem}).</source>
        <translation>无法清理 {name}（{problem}）。</translation>
    </message>
    <message>
        <source>the copy could not be cleaned: its problems did not come to an end</source>
        <translation>无法清理副本：其问题无穷无尽</translation>
    </message>
    <message>
        <source>it holds no summit description, so no copy can be made</source>
        <translation>其中没有峰会说明，因此无法制作副本</translation>
    </message>
    <message>
        <source>its summit description cannot be mended ({where})</source>
        <translation>其峰会说明无法修复（{where}）</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>文件夹 {parent} 不存在。</translation>
    </message>
    <message>
        <source>{name} could not be created: {write_failure}.</source>
        <translation>无法创建 {name}：{write_failure}。</translation>
    </message>
    <message>
        <source>{path} {problem}, not a summit file; choose another name.</source>
        <translation>{path} {problem}，不是峰会文件；请另选名称。</translation>
    </message>
    <message>
        <source>The copy could not be written: {write_failure}.</source>
        <translation>无法写入副本：{write_failure}。</translation>
    </message>
    <message>
        <source>The copy could not be written to {parent}: {write_failure}.</source>
        <translation>无法将副本写入 {parent}：{write_failure}。</translation>
    </message>
    <message>
        <source>Upgrading to file format {version} ({description}) left {count} broken references.</source>
        <translation>升级到文件格式 {version}（{description}）后留下 {count} 个失效引用。</translation>
    </message>
    <message>
        <source>{name} could not be upgraded to the current file format ({write_failure}); it was left as it was, and a copy is in {backup}.</source>
        <translation>无法将 {name} 升级到当前文件格式（{write_failure}）；文件保持原样，副本位于 {backup}。</translation>
    </message>
    <message>
        <source>{name} could not be upgraded to the current file format ({write_failure}); it was left as it was.</source>
        <translation>无法将 {name} 升级到当前文件格式（{write_failure}）；文件保持原样。</translation>
    </message>
    <message>
        <source>{name} was left unfinished by a crash and could not be recovered ({reason}); it was left as it is. Open a backup instead.</source>
        <translation>{name} 因崩溃而未完成，且无法恢复（{reason}）；已保持原样。请改为打开备份。</translation>
    </message>
    <message>
        <source>{name} was left unfinished by a crash, and its recovered state could not be written back ({error}); it was left as it is.</source>
        <translation>{name} 因崩溃而未完成，且其恢复后的状态无法写回（{error}）；已保持原样。</translation>
    </message>
    <message>
        <source>{name} is a symbolic link that leads round in a loop; open the file itself.</source>
        <translation>{name} 是循环指向的符号链接；请直接打开文件本身。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the file grew larger than this system allows</source>
        <translation>文件大小超出了本系统允许的上限</translation>
    </message>
    <message>
        <source>Delegations: %1</source>
        <translation>代表团：%1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>级别：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>议程：</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>第 &amp;P 页，共 &amp;N 页</translation>
    </message>
    <message>
        <source>Summit Planner</source>
        <translation>Summit Planner</translation>
    </message>
    <message>
        <source>positions, talking points, red lines and fallbacks; financing requests; the agenda issues list; conflicts; meeting notes; and the meetings other delegations hold alone</source>
        <translation>立场、谈话要点、红线和备选立场；融资申请；议题清单；冲突；会议备注；以及其他代表团单独举行的会议</translation>
    </message>
    <message>
        <source>Nobody in this summit is called “{query}”; give a person&apos;s name or id as the Delegations section lists them.</source>
        <translation>本次峰会中没有名为“{query}”的人；请按“代表团”部分所列填写姓名或编号。</translation>
    </message>
    <message>
        <source>“{query}” fits {count} people ({names}…); give a full name or id.</source>
        <translation>“{query}”匹配 {count} 人（{names}…）；请填写全名或编号。</translation>
    </message>
    <message>
        <source>{day} is not a day of this summit (it runs from {first} to {last}); choose one of its days.</source>
        <translation>{day} 不是本次峰会的日期（峰会自 {first} 至 {last}）；请选择其中一天。</translation>
    </message>
    <message>
        <source>(%1 at home)</source>
        <translation>（本国时间 %1）</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Room to be announced</source>
        <translation>会议室待定</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <comment>(and %n more)</comment>
        <translation>
            <numerusform>（另有 %n 项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· and %n more</source>
        <comment>· and %n more</comment>
        <translation>
            <numerusform>· 另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Times in %1 time (%2)</source>
        <translation>时间：%1当地时间（%2）</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>With</source>
        <translation>会见对象</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>日程：%1</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>（续）</translation>
    </message>
    <message>
        <source>No meetings on this day.</source>
        <translation>当天没有会议。</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>The export was cancelled; the earlier file was left as it was.</source>
        <translation>导出已取消；原有文件保持原样。</translation>
    </message>
    <message>
        <source>schedule and briefing</source>
        <translation>日程和简报</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选值：%(choices)s）</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>有歧义的选项：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <source>The title is empty; the row was skipped.</source>
        <translation>标题为空；已跳过该行。</translation>
    </message>
    <message>
        <source>Row {row} repeats row {earlier}; the later row is imported.</source>
        <translation>第 {row} 行与第 {earlier} 行重复；将导入后面的行。</translation>
    </message>
    <message>
        <source>“{value}” is not a known {field}; {default} was taken.</source>
        <translation>“{value}”不是已知的{field}；已采用 {default}。</translation>
    </message>
    <message>
        <source>“{lead}” is not a delegation of this summit; no lead was set.</source>
        <translation>“{lead}”不是本次峰会的代表团；未设置牵头方。</translation>
    </message>
    <message>
        <source>“{due}” is not a date (use 16.06.2025 or 2025-06-16); no due date was set.</source>
        <translation>“{due}”不是日期（请使用 16.06.2025 或 2025-06-16）；未设置截止日期。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” of {source} has no header row naming at least two of {fields} in its first 30 rows.</source>
        <translation>{source} 的工作表“{sheet}”前 30 行中没有列出至少两个字段（{fields}）的标题行。</translation>
    </message>
    <message>
        <source>No column of sheet “{sheet}” is the issue&apos;s title; map one with --map &quot;HEADER=title&quot; (or in the import window).</source>
        <translation>工作表“{sheet}”中没有任何列是议题标题；请用 --map &quot;HEADER=title&quot;（或在导入窗口中）进行映射。</translation>
    </message>
    <message>
        <source>Sheet “{name}” of {source} has no header row naming at least two of {fields} in its first 30 rows.</source>
        <translation>{source} 的工作表“{name}”前 30 行中没有列出至少两个字段（{fields}）的标题行。</translation>
    </message>
    <message>
        <source>Sheet “{name}” has no column for the meeting&apos;s {fields}; map one with --map &quot;HEADER=field&quot; (or in the import window).</source>
        <translation>工作表“{name}”中没有会议的 {fields} 列；请用 --map &quot;HEADER=field&quot;（或在导入窗口中）进行映射。</translation>
    </message>
    <message>
        <source>There is no room called “{room}”; none was set.</source>
        <translation>没有名为“{room}”的会议室；未设置会议室。</translation>
    </message>
    <message>
        <source>{source} holds no sheet to import from; save it again from Excel.</source>
        <translation>{source} 中没有可导入的工作表；请在 Excel 中重新保存。</translation>
    </message>
    <message>
        <source>{source} has no sheet called “{wanted}”; its sheets are {names}.</source>
        <translation>{source} 中没有名为“{wanted}”的工作表；其工作表为：{names}。</translation>
    </message>
    <message>
        <source>There is no {kind} {id}.</source>
        <translation>没有{kind} {id}。</translation>
    </message>
    <message>
        <source>“{language}” is not one of ru, zh, kk.</source>
        <translation>“{language}”不是 ru、zh、kk 之一。</translation>
    </message>
    <message>
        <source>There is already a {kind} called “{name}”.</source>
        <translation>已有名为“{name}”的{kind}。</translation>
    </message>
    <message>
        <source>This person is no longer in the summit.</source>
        <translation>此人已不在本次峰会中。</translation>
    </message>
    <message>
        <source>would move</source>
        <translation>将移动</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>已移动</translation>
    </message>
    <message numerus="yes">
        <source>{n} meeting placed; {verb} {m}.</source>
        <comment>{n} meetings placed; {verb} {m}.</comment>
        <translation>
            <numerusform>已安排 {n} 场会议；{verb} {m} 场。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} error left ({before} before).</source>
        <comment>{n} errors left ({before} before).</comment>
        <translation>
            <numerusform>剩余 {n} 个错误（之前为 {before} 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>{meeting}: its own limits ({limits}) leave no start within the summit&apos;s days and working hours; widen them.</source>
        <translation>{meeting}：其自身限制（{limits}）在峰会日期和工作时间内没有可用的开始时间；请放宽限制。</translation>
    </message>
    <message>
        <source> within its own limits ({limits}).</source>
        <translation>（在其自身限制内：{limits}）。</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>{day}</translation>
    </message>
    <message>
        <source>from {time}</source>
        <translation>{time}起</translation>
    </message>
    <message>
        <source>starting by {time}</source>
        <translation>最晚于{time}开始</translation>
    </message>
    <message>
        <source>{meeting} is longer than the working day; shorten it or extend the working hours.</source>
        <translation>{meeting} 比工作日还长；请缩短会议或延长工作时间。</translation>
    </message>
    <message>
        <source>{meeting}: no room seats its {seats} required attendees; add a larger room.</source>
        <translation>{meeting}：没有会议室能容纳其 {seats} 名必需出席者；请添加更大的会议室。</translation>
    </message>
    <message numerus="yes">
        <source>{meeting}: {who} has no free {minutes} minutes in common with the others on {days}.</source>
        <comment>{meeting}: {who} have no free {minutes} minutes in common on {days}.</comment>
        <translation>
            <numerusform>{meeting}：{who} 在 {days} 没有共同的 {minutes} 分钟空闲时间。</numerusform>
        </translation>
    </message>
    <message>
        <source>; when they are free, no room seating {seats} is free.</source>
        <translation>；他们有空时，没有可容纳 {seats} 人的空闲会议室。</translation>
    </message>
    <message>
        <source>{meeting}: when everyone is free, no room seating {seats} is free on {days}.</source>
        <translation>{meeting}：在 {days} 所有人都有空时，没有可容纳 {seats} 人的空闲会议室。</translation>
    </message>
    <message>
        <source>It clashed: {conflict}</source>
        <translation>曾有冲突：{conflict}</translation>
    </message>
    <message>
        <source>Requested; placed where everyone and a room are free.</source>
        <translation>已申请；已安排在所有人和会议室均空闲的时间。</translation>
    </message>
    <message>
        <source>Moved to make room for a meeting that clashed.</source>
        <translation>为给发生冲突的会议腾出时间而移动。</translation>
    </message>
    <message>
        <source>The schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>A meeting to move no longer exists; run the scheduler again.</source>
        <translation>要移动的会议已不存在；请重新运行排程。</translation>
    </message>
    <message>
        <source>Repair Schedule</source>
        <translation>修复日程</translation>
    </message>
    <message>
        <source>Schedule All</source>
        <translation>全部排程</translation>
    </message>
    <message>
        <source>Type a time of day, such as 14:30.</source>
        <translation>请输入时刻，例如 14:30。</translation>
    </message>
    <message>
        <source>“%1” is not a time of day: type hours and minutes, such as 14:30.</source>
        <translation>“%1”不是时刻：请输入小时和分钟，例如 14:30。</translation>
    </message>
    <message>
        <source>“%1” is not a time of day: hours go from 00 to 23.</source>
        <translation>“%1”不是时刻：小时应为 00 至 23。</translation>
    </message>
    <message>
        <source>“%1” is not a time of day: minutes go from 00 to 59.</source>
        <translation>“%1”不是时刻：分钟应为 00 至 59。</translation>
    </message>
    <message numerus="yes">
        <source>Total of the %n request shown: %1</source>
        <comment>Total of the %n requests shown: %1</comment>
        <translation>
            <numerusform>所示 %n 项申请合计：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row checked…</source>
        <comment>%n rows checked…</comment>
        <translation>
            <numerusform>已检查 %n 行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row read…</source>
        <comment>%n rows read…</comment>
        <translation>
            <numerusform>已读取 %n 行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sheet</source>
        <comment>%1: %n sheets</comment>
        <translation>
            <numerusform>%1：%n 个工作表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row</source>
        <comment>%n rows</comment>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict</source>
        <comment>%n conflicts</comment>
        <translation>
            <numerusform>%n 项冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no delegation {wanted} in this summit (it has {known}).</source>
        <translation>本次峰会中没有代表团 {wanted}（现有：{known}）。</translation>
    </message>
    <message>
        <source>{path} {problem}, not a file; choose another name to export to.</source>
        <translation>{path} {problem}，不是文件；请另选导出名称。</translation>
    </message>
    <message>
        <source>{path} is a summit file (or another database), which an export never replaces; choose another name to export to.</source>
        <translation>{path} 是峰会文件（或其他数据库），导出绝不会替换它；请另选导出名称。</translation>
    </message>
    <message>
        <source>{path} could not be written: {write_failure}.</source>
        <translation>无法写入 {path}：{write_failure}。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>Sheet “{name}” of {source} has values in more than {max_columns} columns (as far as column {column_letter} in row {number}); at most {max_columns} columns can be imported: copy the table to a file of its own without the other columns and import that.</source>
        <translation>{source} 的工作表“{name}”中的数据超过 {max_columns} 列（第 {number} 行一直到 {column_letter} 列）；最多只能导入 {max_columns} 列：请将表格复制到单独的文件中（不含其他列）再导入。</translation>
    </message>
    <message>
        <source>{name} cannot be read as a workbook ({error_kind}); open it in Excel or LibreOffice, save it again, and import that.</source>
        <translation>无法将 {name} 作为工作簿读取（{error_kind}）；请在 Excel 或 LibreOffice 中打开，重新保存后再导入。</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (it may not have finished downloading); ask for it again.</source>
        <translation>{name} 已损坏或不完整（可能未下载完）；请重新索取。</translation>
    </message>
    <message>
        <source>Sheet “{name}” of {source} has no header row with an issue code column and at least one delegation column in its first 30 rows.</source>
        <translation>{source} 的工作表“{name}”前 30 行中没有包含议题代码列和至少一个代表团列的标题行。</translation>
    </message>
    <message>
        <source>{name} is {kind}; choose a spreadsheet or CSV file to import.</source>
        <translation>{name} 是{kind}；请选择要导入的电子表格或 CSV 文件。</translation>
    </message>
    <message>
        <source>{name} is empty; there is nothing to import.</source>
        <translation>{name} 为空；没有可导入的内容。</translation>
    </message>
    <message>
        <source>{name} is larger than 100 MB; split it into smaller files.</source>
        <translation>{name} 超过 100 MB；请拆分为较小的文件。</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97–2003 workbook or a password-protected one; open it in Excel or LibreOffice, save it as .xlsx without a password, and import that.</source>
        <translation>{name} 是旧版 Excel 97–2003 工作簿或受密码保护的工作簿；请在 Excel 或 LibreOffice 中打开，另存为不带密码的 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>{name} holds XML that is not well formed ({error}); save it again from Excel.</source>
        <translation>{name} 中的 XML 格式不正确（{error}）；请在 Excel 中重新保存。</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet or a text table.</source>
        <translation>{name} 既不是电子表格，也不是文本表格。</translation>
    </message>
    <message>
        <source>Line {number} of {name} is longer than {max_line} characters, which no row of a table is; the file was not imported.</source>
        <translation>{name} 的第 {number} 行超过 {max_line} 个字符，表格的行不会这么长；未导入该文件。</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV table ({error}).</source>
        <translation>{name} 不是可读的 CSV 表格（{error}）。</translation>
    </message>
    <message>
        <source>{name} has no rows to import.</source>
        <translation>{name} 中没有可导入的行。</translation>
    </message>
    <message>
        <source>The safe XML reader (defusedxml) is missing, so spreadsheets cannot be imported; reinstall Summit Planner.</source>
        <translation>缺少安全的 XML 读取器 (defusedxml)，因此无法导入电子表格；请重新安装 Summit Planner。</translation>
    </message>
    <message>
        <source>{name} holds {count} parts; it is not a normal workbook.</source>
        <translation>{name} 包含 {count} 个部件；不是正常的工作簿。</translation>
    </message>
    <message>
        <source>{name} contains a part that would unpack to {file_size} bytes from almost nothing (a zip bomb); it was not opened.</source>
        <translation>{name} 包含一个几乎从零解压为 {file_size} 字节的部件（压缩炸弹）；未打开该文件。</translation>
    </message>
    <message>
        <source>{name} would unpack to more than 400 MB; it was not opened.</source>
        <translation>{name} 解压后将超过 400 MB；未打开该文件。</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive but neither an Excel workbook (.xlsx) nor a LibreOffice spreadsheet (.ods).</source>
        <translation>{name} 是 ZIP 压缩包，但既不是 Excel 工作簿 (.xlsx)，也不是 LibreOffice 电子表格 (.ods)。</translation>
    </message>
    <message>
        <source>{name} lists more than {max_styles} styles ({part}), more than Excel allows; it was not opened: copy its table into a new workbook and import that.</source>
        <translation>{name} 列出的样式超过 {max_styles} 个（{part}），超出 Excel 的上限；未打开该文件：请将表格复制到新工作簿后再导入。</translation>
    </message>
    <message>
        <source>{name} holds more than {max_shared_strings} texts or {max_shared_characters} characters of text, more than any list to import; it was not opened: split it into smaller files.</source>
        <translation>{name} 包含超过 {max_shared_strings} 条文本或 {max_shared_characters} 个字符，超出任何待导入清单的规模；未打开该文件：请拆分为较小的文件。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting</source>
        <comment>%1: %n meetings</comment>
        <translation>
            <numerusform>%1：%n 场会议</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>日程(&amp;S)</translation>
    </message>
    <message>
        <source>Schedule &amp;All…</source>
        <translation>全部排程(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>修复(&amp;R)…</translation>
    </message>
    <message>
        <source>Not shown: your role has no access to confidential fields</source>
        <translation>未显示：您的角色无权访问机密字段</translation>
    </message>
    <message>
        <source>{problem}; it was left as it is.</source>
        <translation>{problem}；已保持原样。</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}。</translation>
    </message>
    <message>
        <source>the table “{name}”</source>
        <translation>表“{name}”</translation>
    </message>
    <message>
        <source>the index “{name}”</source>
        <translation>索引“{name}”</translation>
    </message>
    <message>
        <source>the trigger “{name}”</source>
        <translation>触发器“{name}”</translation>
    </message>
    <message>
        <source>the view “{name}”</source>
        <translation>视图“{name}”</translation>
    </message>
    <message>
        <source>the {kind} “{name}”</source>
        <translation>{kind}“{name}”</translation>
    </message>
    <message>
        <source>{file} is not complete: {object} is missing</source>
        <translation>{file} 不完整：缺少{object}</translation>
    </message>
    <message>
        <source>{file} has {object} defined differently from a summit file</source>
        <translation>{file} 中{object}的定义与峰会文件不同</translation>
    </message>
    <message>
        <source>{file} holds {object}, which is not part of a summit file and could change or hide its data</source>
        <translation>{file} 含有{object}，它不属于峰会文件，可能更改或隐藏其中的数据</translation>
    </message>
    <message>
        <source>{file} holds {object}, which is not part of a summit file</source>
        <translation>{file} 含有{object}，它不属于峰会文件</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not 0 or 1</source>
        <translation>{file} 的表 {table} 第 {row} 行 {column} 列的值为“{value}”，不是 0 或 1</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a whole number</source>
        <translation>{file} 的表 {table} 第 {row} 行 {column} 列的值为“{value}”，不是整数</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a time such as 2025-06-16T04:00:00Z</source>
        <translation>{file} 的表 {table} 第 {row} 行 {column} 列的值为“{value}”，不是形如 2025-06-16T04:00:00Z 的时间</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a decimal number below 10^15</source>
        <translation>{file} 的表 {table} 第 {row} 行 {column} 列的值为“{value}”，不是小于 10^15 的十进制数</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a date such as 2025-06-16</source>
        <translation>{file} 的表 {table} 第 {row} 行 {column} 列的值为“{value}”，不是形如 2025-06-16 的日期</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a time of day such as 08:00:00</source>
        <translation>{file} 的表 {table} 第 {row} 行 {column} 列的值为“{value}”，不是形如 08:00:00 的时刻</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not text</source>
        <translation>{file} 的表 {table} 第 {row} 行 {column} 列的值为“{value}”，不是文本</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not one of the words {words}</source>
        <translation>{file} 的表 {table} 第 {row} 行 {column} 列的值为“{value}”，不是 {words} 中的任何一个词</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is empty</source>
        <translation>{file} 的表 {table} 第 {row} 行 {column} 列的值为“{value}”，该值为空</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a colour such as #1F77B4</source>
        <translation>{file} 的表 {table} 第 {row} 行 {column} 列的值为“{value}”，不是形如 #1F77B4 的颜色</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a currency code such as USD</source>
        <translation>{file} 的表 {table} 第 {row} 行 {column} 列的值为“{value}”，不是形如 USD 的货币代码</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which breaks the rule {rule}</source>
        <translation>{file} 的表 {table} 第 {row} 行 {column} 列的值为“{value}”，违反了规则 {rule}</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which makes the summit longer than {days} days</source>
        <translation>{file} 的表 {table} 第 {row} 行 {column} 列的值为“{value}”，这使峰会超过 {days} 天</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which makes the meeting longer than 24 hours</source>
        <translation>{file} 的表 {table} 第 {row} 行 {column} 列的值为“{value}”，这使会见超过 24 小时</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which refers to no row of the table {parent}</source>
        <translation>{file} 的表 {table} 第 {row} 行 {column} 列的值为“{value}”，所指的表 {parent} 中的行并不存在</translation>
    </message>
    <message>
        <source>{file} holds “{value}” in row {row} of the table {table}, column {column}, which is not a time zone</source>
        <translation>{file} 的表 {table} 第 {row} 行 {column} 列的值为“{value}”，不是时区</translation>
    </message>
    <message>
        <source>{file} holds nothing (NULL) in row {row} of the table {table}, column {column}, which is required</source>
        <translation>{file} 的表 {table} 第 {row} 行 {column} 列没有值（NULL），而该列必填</translation>
    </message>
    <message>
        <source>{file} holds no summit description (table {table})</source>
        <translation>{file} 中没有峰会说明（表 {table}）</translation>
    </message>
    <message>
        <source>{file} holds {count} summit descriptions (table {table})</source>
        <translation>{file} 中有 {count} 条峰会说明（表 {table}），应只有一条</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {out} (a programme of %n meeting)</source>
        <comment>Wrote {out} (a programme of %n meetings)</comment>
        <translation>
            <numerusform>已写入 {out}（日程共 %n 场会议）</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {out}</source>
        <translation>已写入 {out}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {out} (%n event)</source>
        <comment>Wrote {out} (%n events)</comment>
        <translation>
            <numerusform>已写入 {out}（%n 个事件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Issue</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Type a code or words of the title…</source>
        <translation>输入代码或标题中的词语…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>%1 of %2 minutes allotted</source>
        <translation>已分配 %1 / %2 分钟</translation>
    </message>
    <message>
        <source>More minutes are allotted than the meeting lasts.</source>
        <translation>分配的分钟数超过了会议时长。</translation>
    </message>
</context>
<context>
    <name>AutoScheduleDialog</name>
    <message>
        <source>Repair Schedule</source>
        <translation>修复日程</translation>
    </message>
    <message>
        <source>Schedule All</source>
        <translation>全部排程</translation>
    </message>
    <message>
        <source>Remove every error, moving as few meetings as possible. Pinned and held meetings never move.</source>
        <translation>消除所有错误，尽量少移动会议。已固定和已举行的会议不会移动。</translation>
    </message>
    <message>
        <source>Place every requested meeting where its delegations, people and a room are free. Other meetings stay where they are.</source>
        <translation>将每场已申请的会议安排在其代表团、人员和会议室均空闲的时间。其他会议保持不变。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Search for at most</source>
        <translation>最长搜索</translation>
    </message>
    <message>
        <source>Confirmed meetings may move too</source>
        <translation>已确认的会议也可以移动</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop searching and keep the best schedule found</source>
        <translation>停止搜索并保留找到的最佳日程</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原时间</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Apply Checked Moves</source>
        <translation>应用所选移动(&amp;A)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Stopping; keeping the best schedule found…</source>
        <translation>正在停止；保留找到的最佳日程…</translation>
    </message>
    <message>
        <source>Best so far: %1 placed, %2 moved. </source>
        <translation>目前最佳：已安排 %1，已移动 %2。</translation>
    </message>
    <message>
        <source>%1 s left.</source>
        <translation>剩余 %1 秒。</translation>
    </message>
    <message>
        <source>The search could not be finished; nothing was changed.</source>
        <translation>搜索未能完成；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 meetings placed, %2 to move; errors: %3 before, %4 after.</source>
        <translation>已安排 %1 场会议，需移动 %2 场；错误：之前 %3 个，之后 %4 个。</translation>
    </message>
    <message>
        <source>Not placed:</source>
        <translation>未安排：</translation>
    </message>
    <message>
        <source>Cannot Move the Meetings</source>
        <translation>无法移动会议</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a Colour</source>
        <translation>选择颜色</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <source>No summit is open: its conflicts will be listed here.</source>
        <translation>未打开峰会：其冲突将列在此处。</translation>
    </message>
    <message>
        <source>Checking for conflicts…</source>
        <translation>正在检查冲突…</translation>
    </message>
</context>
<context>
    <name>DelegationsSection</name>
    <message>
        <source>Delegations</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>People of all delegations</source>
        <translation>所有代表团的人员</translation>
    </message>
    <message>
        <source>People of %1</source>
        <translation>%1 的人员</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>ISO 3166 code, e.g. KZ</source>
        <translation>ISO 3166 代码，例如 KZ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>代表团团长</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Protocol precedence</source>
        <translation>礼宾顺序</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>本国时区</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a person&apos;s</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>a person&apos;s post</comment>
        <translation>职务</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation>无法编辑</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>删除%1？</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>此操作可以撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
</context>
<context>
    <name>EnvelopeBars</name>
    <message>
        <source>%1 (%2): announced %3</source>
        <translation>%1（%2）：已宣布 %3</translation>
    </message>
    <message>
        <source>requested %1 · approved %2 · signed %3 · left %4</source>
        <translation>申请 %1 · 批准 %2 · 签署 %3 · 剩余 %4</translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation>申请：%1</translation>
    </message>
    <message>
        <source>⚠ Requests exceed the envelope by %1.</source>
        <translation>⚠ 申请超出资金额度 %1。</translation>
    </message>
    <message>
        <source>Not counted (no rate): %1</source>
        <translation>未计入（无汇率）：%1</translation>
    </message>
    <message>
        <source>No envelope yet: a lender&apos;s announced total that requests draw on.</source>
        <translation>尚无资金额度：即贷款方宣布的、供申请使用的总额。</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>签署 %1</translation>
    </message>
    <message>
        <source>approved %1</source>
        <translation>批准 %1</translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation>申请 %1</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>not counted (no rate): %1</source>
        <translation>未计入（无汇率）：%1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>Export Programme</source>
        <translation>导出日程</translation>
    </message>
    <message>
        <source>The whole summit</source>
        <translation>整个峰会</translation>
    </message>
    <message>
        <source>Meetings of %1 — %2</source>
        <translation>%1 的会议 — %2</translation>
    </message>
    <message>
        <source>Programme of %1 (%2)</source>
        <translation>%1 的日程（%2）</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>所有日期</translation>
    </message>
    <message>
        <source>Show the home capital&apos;s time too</source>
        <translation>同时显示本国首都时间</translation>
    </message>
    <message>
        <source>Our own team (internal)</source>
        <translation>本方团队（内部）</translation>
    </message>
    <message>
        <source>Someone outside the delegation (external)</source>
        <translation>代表团以外的人员（外部）</translation>
    </message>
    <message>
        <source>An external file leaves out %1.</source>
        <translation>外部文件不包含%1。</translation>
    </message>
    <message>
        <source>Include the delegations&apos; positions</source>
        <translation>包括各代表团的立场</translation>
    </message>
    <message>
        <source>Positions, talking points and red lines are sensitive: leave them out of files that go to other delegations or the host.</source>
        <translation>立场、谈话要点和红线属于敏感信息：发给其他代表团或东道方的文件中请勿包含。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation>会议(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Who is this for?</source>
        <translation>此文件给谁(&amp;W)？</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>日历 (*.ics)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Saved %1. &lt;a href=&apos;folder&apos;&gt;Open the folder&lt;/a&gt;</source>
        <translation>已保存 %1。&lt;a href=&apos;folder&apos;&gt;打开文件夹&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The export failed (%1); nothing was replaced.</source>
        <translation>导出失败（%1）；未替换任何文件。</translation>
    </message>
</context>
<context>
    <name>FinancingSection</name>
    <message>
        <source>Financing requests</source>
        <translation>融资申请</translation>
    </message>
    <message>
        <source>New Request…</source>
        <translation>新建申请…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Move the request along its workflow</source>
        <translation>推进申请流程</translation>
    </message>
    <message>
        <source>Exchange Rates…</source>
        <translation>汇率…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>按%1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>资金额度</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>All borrowers</source>
        <translation>所有借款方</translation>
    </message>
    <message>
        <source>All lenders</source>
        <translation>所有贷款方</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation>所有融资工具</translation>
    </message>
    <message>
        <source>No exchange rate for %1: left out of the totals and the chart. Add the rates under Exchange Rates.</source>
        <translation>%1 没有汇率：不计入合计和图表。请在“汇率”中添加汇率。</translation>
    </message>
    <message>
        <source> (+%1 without rate)</source>
        <translation>（另有 %1 无汇率）</translation>
    </message>
    <message>
        <source>Select one request to see when its status changed.</source>
        <translation>选择一项申请以查看其状态何时更改。</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <source>No status change yet.</source>
        <translation>尚无状态变更。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>left empty: the next number</source>
        <translation>留空：使用下一个编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借款方</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>贷款方</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>融资工具</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Agenda issue</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Draws on envelope</source>
        <translation>使用资金额度</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>提出场合</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New Financing Request</source>
        <translation>新建融资申请</translation>
    </message>
    <message>
        <source>New Request</source>
        <translation>新建申请</translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation>无法编辑</translation>
    </message>
    <message>
        <source>Edit Financing Request</source>
        <translation>编辑融资申请</translation>
    </message>
    <message>
        <source>Edit Request %1</source>
        <translation>编辑申请 %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>删除%1？</translation>
    </message>
    <message>
        <source>Its history goes with it. You can undo this.</source>
        <translation>其历史记录将一并删除。此操作可以撤销。</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>标记为“%1”</translation>
    </message>
    <message>
        <source>Cannot Change the Status</source>
        <translation>无法更改状态</translation>
    </message>
</context>
<context>
    <name>FindTimeDialog</name>
    <message>
        <source>Find a Time</source>
        <translation>查找时间</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Any room large enough</source>
        <translation>任何足够大的会议室</translation>
    </message>
    <message>
        <source>No room needed</source>
        <translation>不需要会议室</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Schedule at This Time…</source>
        <translation>安排在此时间…</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>People (optional)</source>
        <translation>人员（可选）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earliest free times&lt;/b&gt;</source>
        <translation>&lt;b&gt;最早的空闲时间&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose at least one delegation.</source>
        <translation>请至少选择一个代表团。</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>无会议室</translation>
    </message>
    <message>
        <source>No free time in the summit&apos;s days: every slot clashes for someone, leaves too little transfer time, or no room is large enough. Try a shorter meeting, fewer people or another room.</source>
        <translation>峰会期间没有空闲时间：每个时段都与某人的安排冲突、转场时间不足，或没有足够大的会议室。请尝试缩短会议、减少人员或更换会议室。</translation>
    </message>
    <message>
        <source>Search, then choose one of the free times.</source>
        <translation>请先搜索，然后选择一个空闲时间。</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Updating issues: %1 of %2</source>
        <translation>正在更新议题：%1 / %2</translation>
    </message>
    <message>
        <source>Adding issues: %1 of %2</source>
        <translation>正在添加议题：%1 / %2</translation>
    </message>
    <message>
        <source>Writing meetings: %1 of %2</source>
        <translation>正在写入会议：%1 / %2</translation>
    </message>
    <message>
        <source>Writing positions: %1 of %2</source>
        <translation>正在写入立场：%1 / %2</translation>
    </message>
    <message>
        <source>Import Agenda Issues</source>
        <translation>导入议题</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose the Excel or CSV file a colleague sent.</source>
        <translation>请选择同事发来的 Excel 或 CSV 文件。</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Agenda issues</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Meetings (a programme)</source>
        <translation>会议（日程）</translation>
    </message>
    <message>
        <source>Positions (issues × delegations)</source>
        <translation>立场（议题 × 代表团）</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Keep the other columns in the description</source>
        <translation>将其他列保留在说明中</translation>
    </message>
    <message>
        <source>Which field is each column? Change any that is wrong.</source>
        <translation>每一列对应哪个字段？请更正有误的。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems&lt;/b&gt;</source>
        <translation>&lt;b&gt;问题&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Import Another File…</source>
        <translation>导入其他文件…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reading was stopped; nothing was changed.</source>
        <translation>读取已停止；未做任何更改。</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was changed.</source>
        <translation>导入已停止；未做任何更改。</translation>
    </message>
    <message>
        <source>The file could not be read (%1).</source>
        <translation>无法读取文件（%1）。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>issue code</source>
        <translation>议题代码</translation>
    </message>
    <message>
        <source>stances of %1</source>
        <translation>%1 的立场</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头方</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>a title row above the table</source>
        <translation>表格上方的标题行</translation>
    </message>
    <message>
        <source>the column numbers under the header</source>
        <translation>标题下方的列编号</translation>
    </message>
    <message>
        <source>a footer below the table</source>
        <translation>表格下方的页脚行</translation>
    </message>
</context>
<context>
    <name>IssuesSection</name>
    <message>
        <source>Agenda issues</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Search code, title, description, tags…</source>
        <translation>搜索代码、标题、说明、标签…</translation>
    </message>
    <message>
        <source>New Issue…</source>
        <translation>新建议题…</translation>
    </message>
    <message>
        <source>Add to Meeting…</source>
        <translation>添加到会议…</translation>
    </message>
    <message>
        <source>Tracks…</source>
        <translation>领域…</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>所有领域</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>所有优先级</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation>任意牵头方</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>left empty: the track&apos;s next number</source>
        <translation>留空：使用该领域的下一个编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Lead delegation</source>
        <translation>牵头代表团</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>New Issue</source>
        <translation>新建议题</translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation>无法编辑</translation>
    </message>
    <message>
        <source>Edit Issue</source>
        <translation>编辑议题</translation>
    </message>
    <message>
        <source>Edit Issue %1</source>
        <translation>编辑议题 %1</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>此操作可以撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>删除%1？</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Add %1 to a Meeting</source>
        <translation>将 %1 添加到会议</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>融资</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Cannot Create the Sample</source>
        <translation>无法创建示例</translation>
    </message>
    <message>
        <source>New Summit</source>
        <translation>新建峰会</translation>
    </message>
    <message>
        <source>New summit.summit</source>
        <translation>新峰会.summit</translation>
    </message>
    <message>
        <source>Cannot Create Summit</source>
        <translation>无法创建峰会</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation>（副本）</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Cannot Save a Copy</source>
        <translation>无法保存副本</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>副本已保存为 %1</translation>
    </message>
    <message>
        <source>Summit Planner</source>
        <translation>Summit Planner</translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>Loading the schedule…</source>
        <translation>正在加载日程…</translation>
    </message>
    <message>
        <source>Checking for conflicts…</source>
        <translation>正在检查冲突…</translation>
    </message>
    <message>
        <source>Conflicts in the schedule: click to list them (Ctrl+Shift+K)</source>
        <translation>日程中的冲突：点击查看列表 (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>已备份</translation>
    </message>
    <message>
        <source>The backup could not be written; see the log for why.</source>
        <translation>无法写入备份；原因见日志。</translation>
    </message>
    <message>
        <source> [Read-Only]</source>
        <translation> [只读]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt;: open elsewhere</source>
        <translation>&lt;b&gt;只读&lt;/b&gt;：已在别处打开</translation>
    </message>
    <message>
        <source>%1, %2 to %3, %4</source>
        <translation>%1，%2 至 %3，%4</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsPane</name>
    <message>
        <source>Back to the Meeting</source>
        <translation>返回会议</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Select a meeting to see when and where it is, who attends, its agenda, financing and conflicts. Choose a person&apos;s name to see their next meetings.</source>
        <translation>选择一场会议可查看其时间、地点、出席者、议程、融资和冲突。选择一个人的姓名可查看其接下来的会议。</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next meetings of %1</source>
        <translation>%1 接下来的会议</translation>
    </message>
    <message>
        <source>From %1 on</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>The whole summit</source>
        <translation>整个峰会</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>融资</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts this meeting would have&lt;/b&gt;</source>
        <translation>&lt;b&gt;该会议将产生的冲突&lt;/b&gt;</translation>
    </message>
    <message>
        <source>e.g. KZ–CN bilateral on the railway</source>
        <translation>例如：KZ–CN 铁路问题双边会见</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>for</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>No room yet</source>
        <translation>尚无会议室</translation>
    </message>
    <message>
        <source>%1 (%2%3 seats)</source>
        <translation>%1（%2%3 个座位）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Delegations and attendees</source>
        <translation>代表团和出席者</translation>
    </message>
    <message>
        <source>Attends</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>东道方</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>None: this meeting clashes with nothing.</source>
        <translation>无：该会议与任何安排都不冲突。</translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>New Meeting…</source>
        <translation>新建会议…</translation>
    </message>
    <message>
        <source>Search delegation, person, room, issue…</source>
        <translation>搜索代表团、人员、会议室、议题…</translation>
    </message>
    <message>
        <source>Finds the meetings of a delegation (China or CN), a person, a room or building, or an issue (code or words of its title), in any case</source>
        <translation>查找某代表团（China 或 CN）、某人、某会议室或楼宇，或某议题（代码或标题中的词语）的会议，不区分大小写</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Duplicate the selected meeting (Ctrl+D)</source>
        <translation>复制所选会议 (Ctrl+D)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>所有日期</translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>所有代表团</translation>
    </message>
</context>
<context>
    <name>PositionPanel</name>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Save this position (one undoable step)</source>
        <translation>保存此立场（可一步撤销）</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>谈话要点</translation>
    </message>
    <message>
        <source>Red lines</source>
        <translation>红线</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>备选立场</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select one cell to edit its talking points, red lines and fallback.&lt;/i&gt;</source>
        <translation>&lt;i&gt;选择一个单元格以编辑其谈话要点、红线和备选立场。&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>PositionsSection</name>
    <message>
        <source>All issues</source>
        <translation>所有议题</translation>
    </message>
    <message>
        <source>A meeting&apos;s brief</source>
        <translation>会议简报</translation>
    </message>
    <message>
        <source>Disagreements with</source>
        <translation>与之分歧</translation>
    </message>
    <message>
        <source>Find issues…</source>
        <translation>查找议题…</translation>
    </message>
    <message>
        <source>Keys: S support · C conditional · N neutral · O oppose · U unknown</source>
        <translation>按键：S 支持 · C 有条件支持 · N 中立 · O 反对 · U 未知</translation>
    </message>
    <message>
        <source>%1 of %2 issues</source>
        <translation>%1 / %2 个议题</translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%1 对 %2 %3</translation>
    </message>
    <message>
        <source>Set %1 Positions to %2</source>
        <translation>将 %1 个立场设为 %2</translation>
    </message>
    <message>
        <source>Cannot Set the Positions</source>
        <translation>无法设置立场</translation>
    </message>
    <message>
        <source>Edit Position: %1</source>
        <translation>编辑立场：%1</translation>
    </message>
    <message>
        <source>Cannot Save the Position</source>
        <translation>无法保存立场</translation>
    </message>
    <message>
        <source>Set to %1</source>
        <translation>设为 %1</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Exchange Rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>How much one unit of each currency is worth in %1. Requests in a currency without a rate are left out of totals.</source>
        <translation>每单位各货币折合多少 %1。无汇率货币的申请不计入合计。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>New Rate</source>
        <translation>新建汇率</translation>
    </message>
    <message>
        <source>Add Rate</source>
        <translation>添加汇率</translation>
    </message>
    <message>
        <source>Edit Rate</source>
        <translation>编辑汇率</translation>
    </message>
    <message>
        <source>Delete Rate</source>
        <translation>删除汇率</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>无法删除</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>清除列表</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>RecordPane</name>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的内容。</translation>
    </message>
    <message>
        <source>Nothing matches the filters.</source>
        <translation>没有符合筛选条件的内容。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups are taken when a summit is opened and every ten minutes while it changes. A backup is restored to a new file; the open summit is not touched.</source>
        <translation>打开峰会时以及峰会有更改期间每十分钟都会备份。备份将恢复为新文件；当前打开的峰会不受影响。</translation>
    </message>
    <message>
        <source>Show the backups of every summit</source>
        <translation>显示所有峰会的备份</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>峰会</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Restore As…</source>
        <translation>恢复为…</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>（无法读取）</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>尚无备份。</translation>
    </message>
</context>
<context>
    <name>RoomChoices</name>
    <message>
        <source>Room in the file</source>
        <translation>文件中的会议室</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>a new room</source>
        <translation>新会议室</translation>
    </message>
</context>
<context>
    <name>ScheduleLegend</name>
    <message>
        <source>%1 (dashed border)</source>
        <translation>%1（虚线边框）</translation>
    </message>
    <message>
        <source>%1 (hatched)</source>
        <translation>%1（斜线填充）</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Would clash (while dragging)</source>
        <translation>将会冲突（拖动时）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>A block&apos;s colour is its host delegation&apos;s; the fill says how far it is agreed. A red border and ! mark a conflict, an orange one a warning.</source>
        <translation>色块的颜色为东道方代表团的颜色；填充表示商定程度。红色边框和 ! 表示冲突，橙色边框表示警告。</translation>
    </message>
</context>
<context>
    <name>ScheduleSection</name>
    <message>
        <source>Previous day (Ctrl+PgUp)</source>
        <translation>前一天 (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next day (Ctrl+PgDown)</source>
        <translation>后一天 (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>One column per room or per delegation</source>
        <translation>按会议室或代表团分列</translation>
    </message>
    <message>
        <source>Zoom: the height of one slot</source>
        <translation>缩放：一个时段的高度</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Show cancelled meetings</source>
        <translation>显示已取消的会议</translation>
    </message>
    <message>
        <source>Home time</source>
        <translation>本国时间</translation>
    </message>
    <message>
        <source>Find a Time…</source>
        <translation>查找时间…</translation>
    </message>
    <message>
        <source>Show only the meetings of one delegation</source>
        <translation>仅显示一个代表团的会议</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Zoom, cancelled meetings, the home capital&apos;s time and the legend</source>
        <translation>缩放、已取消的会议、本国首都时间和图例</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Also show the time in the home capital (%1)</source>
        <translation>同时显示本国首都时间（%1）</translation>
    </message>
</context>
<context>
    <name>SchedulingBox</name>
    <message>
        <source>Scheduling</source>
        <translation>排程</translation>
    </message>
    <message>
        <source>As its level</source>
        <translation>按会议级别</translation>
    </message>
    <message>
        <source>1 — highest</source>
        <translation>1 — 最高</translation>
    </message>
    <message>
        <source>4 — lowest</source>
        <translation>4 — 最低</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>任意一天</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Only on</source>
        <translation>仅限</translation>
    </message>
    <message>
        <source>Starts from</source>
        <translation>开始时间从</translation>
    </message>
    <message>
        <source>until</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>ServerLink</name>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt;: the connection to the server was lost</source>
        <translation>&lt;b&gt;只读&lt;/b&gt;：与服务器的连接已断开</translation>
    </message>
</context>
<context>
    <name>StackedBars</name>
    <message>
        <source>No request with an amount in %1 to show.</source>
        <translation>没有以 %1 计价的申请可显示。</translation>
    </message>
    <message>
        <source>Amounts asked, in %1, by borrower and status</source>
        <translation>按借款方和状态统计的申请金额（%1）</translation>
    </message>
</context>
<context>
    <name>SummitDocument</name>
    <message>
        <source>“%1” could not be undone because of a fault in Summit Planner (the details are in its log). The step was taken off the Edit menu; check the records it touched.</source>
        <translation>由于 Summit Planner 出现故障，无法撤销“%1”（详情见日志）。该步骤已从“编辑”菜单中移除；请检查其涉及的记录。</translation>
    </message>
    <message>
        <source>“%1” could not be redone because of a fault in Summit Planner (the details are in its log). The step was taken off the Edit menu; check the records it touched.</source>
        <translation>由于 Summit Planner 出现故障，无法重做“%1”（详情见日志）。该步骤已从“编辑”菜单中移除；请检查其涉及的记录。</translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <source>&lt;i&gt;Select an issue to see where it has come up.&lt;/i&gt;</source>
        <translation>&lt;i&gt;选择一个议题以查看其在何处被提出。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Status: %1 · on %2 agendas</source>
        <translation>状态：%1 · 列入 %2 个议程</translation>
    </message>
    <message>
        <source>, %1 min</source>
        <translation>，%1 分钟</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>时:分</translation>
    </message>
</context>
<context>
    <name>TracksDialog</name>
    <message>
        <source>Tracks</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>New Track</source>
        <translation>新建领域</translation>
    </message>
    <message>
        <source>Add Track</source>
        <translation>添加领域</translation>
    </message>
    <message>
        <source>Edit Track</source>
        <translation>编辑领域</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>The only track cannot be deleted while it has issues.</source>
        <translation>唯一的领域在仍有议题时不能删除。</translation>
    </message>
    <message>
        <source>%1 has %2 issues. Move them to:</source>
        <translation>%1 有 %2 个议题。将其移至：</translation>
    </message>
    <message>
        <source>Delete Track</source>
        <translation>删除领域</translation>
    </message>
    <message>
        <source>Delete Track %1</source>
        <translation>删除领域 %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Summit Planner&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Summit Planner&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Plan a summit&apos;s meetings, agenda issues, positions and financing requests. Each summit is one file you can copy and send; every change is saved at once and can be undone.</source>
        <translation>规划峰会的会议、议题、立场和融资申请。每个峰会都是一个可复制和发送的文件；每项更改都会立即保存，并可撤销。</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>New Summit…</source>
        <translation>新建峰会…</translation>
    </message>
    <message>
        <source>Open the Astana 2025 Sample</source>
        <translation>打开“阿斯塔纳 2025”示例</translation>
    </message>
    <message>
        <source>The 2nd Central Asia–China Summit, Astana, 16–17 June 2025, seen from the Kazakh delegation: a safe place to try everything</source>
        <translation>第二届中国—中亚峰会，阿斯塔纳，2025年6月16日至17日，以哈萨克斯坦代表团视角：可放心尝试各项功能</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent summits&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近的峰会&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet: the summits you open are listed here.</source>
        <translation>暂无：您打开的峰会将列在此处。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start&lt;/b&gt;</source>
        <translation>&lt;b&gt;开始&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The log %1 cannot be written to (%2).</source>
        <translation>无法写入日志 %1（%2）。</translation>
    </message>
    <message>
        <source>Something went wrong that Summit Planner did not expect. Your summit is saved; the last action may not have been carried out. Details are in %1.</source>
        <translation>发生了 Summit Planner 未预料到的错误。您的峰会已保存；最后一项操作可能未完成。详情见 %1。</translation>
    </message>
    <message>
        <source>Something went wrong that Summit Planner did not expect. Your summit is saved; the last action may not have been carried out. Details are below.</source>
        <translation>发生了 Summit Planner 未预料到的错误。您的峰会已保存；最后一项操作可能未完成。详情如下。</translation>
    </message>
    <message>
        <source>Unexpected Error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>(new)</source>
        <translation>（新）</translation>
    </message>
</context>
</TS>
